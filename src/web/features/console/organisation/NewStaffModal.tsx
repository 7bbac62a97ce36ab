import { App, Button, Cascader, Form, Input, Modal, Select } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { showSubmitError } from '../../../app/formErrors';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import {
  MOBILE,
  USERNAME,
  accountSummarySchema,
  centerListSchema,
  departmentPageSchema,
  regionListSchema,
  windowListSchema,
  withQuery,
} from '../contracts';
import type { AccountSummary, CreateStaffBody, Region } from '../contracts';
import { creatableRoles } from './permissions';

interface Values {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  /** The Cascader's path, e.g. ['330703', '330703101']; the account's region is the last code. */
  regionCode: string[];
  departmentId?: string;
  centerId?: string;
  windowId?: string;
  phone?: string;
}
const FIELDS = [
  'username',
  'password',
  'displayName',
  'role',
  'regionCode',
  'departmentId',
  'centerId',
  'windowId',
  'phone',
] as const;

// Which scope fields a role's account needs (accounts.service createStaff and the roles' work).
const NEEDS_DEPARTMENT: readonly Role[] = ['reviewer', 'dept_admin'];
const NEEDS_CENTER: readonly Role[] = ['clerk', 'center_admin'];

interface RegionNode {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionNode[];
}

/** 新增人员. Mounted only while open, so every opening starts from a clean form. */
export function NewStaffModal(props: { onClose: () => void; onCreated: (a: AccountSummary) => void }) {
  const { onClose, onCreated } = props;
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const roles = creatableRoles(me.role);
  // A department admin adds reviewers to their own department, a center admin staff to their own
  // center: the server refuses anything else, so those fields are shown fixed.
  const fixedDepartment = me.role === 'dept_admin' ? me.departmentId : null;
  const fixedCenter = me.role === 'center_admin' ? me.centerId : null;

  const role = Form.useWatch('role', form);
  const regionPath = Form.useWatch('regionCode', form);
  const centerId = Form.useWatch('centerId', form);
  const region = regionPath?.[regionPath.length - 1] ?? null;

  const regions = useRegionTree(me.regionCode, me.regionName);

  const cityCode = region ? region.slice(0, 4) : null;
  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery('/api/v1/departments', { region: cityCode, pageSize: 100 }),
        departmentPageSchema,
        {
          signal,
        },
      ),
    [cityCode],
  );
  const showDepartment = role !== undefined && NEEDS_DEPARTMENT.includes(role);
  const departments = useApiData(showDepartment && !fixedDepartment && cityCode ? loadDepartments : null);
  const departmentOptions = useMemo(() => {
    if (fixedDepartment) return [{ value: fixedDepartment, label: me.departmentName ?? fixedDepartment }];
    // Valid departments sit in the account's region or a region above it.
    return (departments.data?.items ?? [])
      .filter((d) => region !== null && region.startsWith(d.regionCode))
      .map((d) => ({ value: d.id, label: d.name }));
  }, [fixedDepartment, me.departmentName, departments.data, region]);

  const showCenter = role !== undefined && NEEDS_CENTER.includes(role);
  const loadCenters = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/centers', centerListSchema, { signal }),
    [],
  );
  const centers = useApiData(showCenter && !fixedCenter ? loadCenters : null);
  const centerOptions = useMemo(() => {
    if (fixedCenter) return [{ value: fixedCenter, label: me.centerName ?? fixedCenter }];
    return (centers.data ?? [])
      .filter((c) => region !== null && (region.startsWith(c.regionCode) || c.regionCode.startsWith(region)))
      .map((c) => ({ value: c.id, label: c.name }));
  }, [fixedCenter, me.centerName, centers.data, region]);

  const showWindow = role === 'clerk' && Boolean(centerId);
  const loadWindows = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/windows', { center: centerId }), windowListSchema, { signal }),
    [centerId],
  );
  const windows = useApiData(showWindow ? loadWindows : null);
  const windowOptions = (windows.data ?? [])
    .filter((w) => w.active)
    .map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }));

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    const body: CreateStaffBody = {
      username: values.username.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      role: values.role,
      regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
      departmentId: values.departmentId ?? null,
      centerId: values.centerId ?? null,
      windowId: values.windowId ?? null,
      phone: values.phone?.trim() ? values.phone.trim() : null,
    };
    try {
      const created = await apiRequest('POST', '/api/v1/accounts', accountSummarySchema, { body });
      void message.success(t('org.staff.added', { name: created.displayName }));
      onCreated(created);
    } catch (error) {
      showSubmitError(error, { form, fields: FIELDS, message, t });
      setSubmitting(false);
    }
  };

  return (
    <Modal open title={t('org.staff.add')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        name="new-staff"
        layout="vertical"
        data-testid="staff-form"
        // Hidden fields (e.g. the window once the role is no longer clerk) must not be sent.
        preserve={false}
        initialValues={{
          role: roles.length === 1 ? roles[0] : undefined,
          regionCode: me.regionCode ? [me.regionCode] : undefined,
          departmentId: fixedDepartment ?? undefined,
          centerId: fixedCenter ?? undefined,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // A new region or center can make the picked department, center or window invalid.
          if (changed.regionCode) {
            if (!fixedDepartment) form.setFieldValue('departmentId', undefined);
            if (!fixedCenter) form.setFieldValue('centerId', undefined);
          }
          if ('centerId' in changed) form.setFieldValue('windowId', undefined);
        }}
        onFinish={onFinish}
      >
        <Form.Item
          label={t('org.staff.username')}
          name="username"
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { pattern: USERNAME, message: t('org.staff.usernameInvalid') },
          ]}
        >
          <Input data-testid="staff-form-username" maxLength={64} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('org.staff.displayName')}
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { min: 2, message: t('org.staff.displayNameInvalid') },
          ]}
        >
          <Input data-testid="staff-form-display-name" maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('org.staff.password')}
          name="password"
          extra={t('org.staff.passwordWeak')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, value: string | undefined) =>
                !value || (value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('org.staff.passwordWeak'))),
            },
          ]}
        >
          <Input.Password data-testid="staff-form-password" maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('org.staff.role')}
          name="role"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="staff-form-role"
            options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            disabled={roles.length === 1}
          />
        </Form.Item>
        <Form.Item
          label={t('org.staff.region')}
          name="regionCode"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Cascader<RegionNode>
            data-testid="staff-form-region"
            options={regions.tree}
            loadData={regions.loadChildren}
            changeOnSelect
            loading={regions.loading}
          />
        </Form.Item>
        {showDepartment && (
          <Form.Item
            label={t('org.staff.department')}
            name="departmentId"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              data-testid="staff-form-department"
              showSearch={{ optionFilterProp: 'label' }}
              options={departmentOptions}
              loading={departments.loading}
              disabled={Boolean(fixedDepartment)}
            />
          </Form.Item>
        )}
        {showCenter && (
          <Form.Item label={t('org.staff.center')} name="centerId">
            <Select
              data-testid="staff-form-center"
              allowClear={!fixedCenter}
              showSearch={{ optionFilterProp: 'label' }}
              options={centerOptions}
              loading={centers.loading}
              disabled={Boolean(fixedCenter)}
            />
          </Form.Item>
        )}
        {showWindow && (
          <Form.Item label={t('org.staff.window')} name="windowId">
            <Select
              data-testid="staff-form-window"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={windowOptions}
              loading={windows.loading}
            />
          </Form.Item>
        )}
        <Form.Item
          label={t('org.staff.phoneOptional')}
          name="phone"
          rules={[{ pattern: MOBILE, message: t('org.staff.phoneInvalid') }]}
        >
          <Input data-testid="staff-form-phone" inputMode="numeric" maxLength={11} autoComplete="off" />
        </Form.Item>
        <div className="tb-form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="staff-form-submit">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}

/**
 * The GB/T 2260 tree below the actor's region, loaded a level at a time as the user opens it (a
 * county has hundreds of villages). The platform admin, who has no region, starts at the provinces.
 */
function useRegionTree(own: string | null, ownName: string | null) {
  const loadRoots = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/regions', regionListSchema, { signal }),
    [],
  );
  const roots = useApiData(own ? null : loadRoots);
  const [children, setChildren] = useState<ReadonlyMap<string, Region[]>>(new Map());

  const tree = useMemo(() => {
    const build = (code: string, name: string, level: string): RegionNode => {
      const loaded = children.get(code);
      return {
        value: code,
        label: name,
        // Villages are the bottom level; anything else is a leaf once it turns out to have no children.
        isLeaf: level === 'village' || loaded?.length === 0,
        children: loaded?.map((r) => build(r.code, r.name, r.level)),
      };
    };
    if (own) return [build(own, ownName ?? own, own.length === 12 ? 'village' : 'other')];
    return (roots.data ?? [])
      .filter((r) => r.level === 'province')
      .map((r) => build(r.code, r.name, r.level));
  }, [own, ownName, roots.data, children]);

  const loadChildren = useCallback((path: RegionNode[]) => {
    const code = path[path.length - 1]?.value;
    if (!code) return;
    apiRequest('GET', withQuery('/api/v1/regions', { parent: code }), regionListSchema).then(
      (list) => setChildren((prev) => new Map(prev).set(code, list)),
      // Leave the node closed; opening it again retries.
      () => undefined,
    );
  }, []);

  return { tree, loadChildren, loading: roots.loading };
}
