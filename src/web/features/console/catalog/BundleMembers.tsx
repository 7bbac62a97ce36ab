import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, List, Pagination, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { withQuery } from '../contracts';
import { bundleApi, bundleCandidatePageSchema } from './bundleContracts';
import type { BundleCandidate } from './bundleContracts';
import { EntryActions } from './formParts';

const PICKER_PAGE_SIZE = 8;
const SEARCH_DELAY_MS = 300;

/**
 * 成员事项: the ordered list of member items (each with its department and promise), and a search
 * over the published items this bundle's region may take. Each entry is a form field of its own, so
 * that the server's `memberImplCodes.2` error shows under the third member.
 */
export function BundleMembers(props: {
  /** The members as the form holds them now. */
  codes: readonly string[];
  regionCode: string;
  leadKey: string;
  info: ReadonlyMap<string, BundleCandidate>;
  slowest: number | null;
  onPick: (candidate: BundleCandidate) => void;
}) {
  const { codes, regionCode, leadKey, info, slowest, onPick } = props;
  const t = useT();
  return (
    <Form.List
      name="memberImplCodes"
      rules={[
        {
          validator: async (_, codes: string[] | undefined) => {
            if ((codes ?? []).length < 2) throw new Error(t('bundleAdmin.v.twoMembers'));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <div data-testid="bundle-members">
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" data-testid="bundle-members-empty">
              {t('bundleAdmin.members.none')}
            </Typography.Paragraph>
          )}
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {fields.map((field, index) => (
              <li key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={field.name} style={{ flex: 1, minWidth: 0, marginBottom: 8 }}>
                  <MemberRow
                    index={index}
                    info={info}
                    regionCode={regionCode}
                    leadKey={leadKey}
                    slowest={slowest}
                  />
                </Form.Item>
                <div style={{ paddingTop: 8 }}>
                  <EntryActions
                    index={index}
                    count={fields.length}
                    move={move}
                    remove={remove}
                    what={t('bundleAdmin.memberN', { n: index + 1 })}
                    testId={`bundle-member-remove-${index}`}
                  />
                </div>
              </li>
            ))}
          </ol>
          <Form.ErrorList errors={errors} />
          <MemberPicker
            regionCode={regionCode}
            chosen={new Set(codes)}
            onAdd={(candidate) => {
              onPick(candidate);
              add(candidate.implCode);
            }}
          />
        </div>
      )}
    </Form.List>
  );
}

/**
 * One member as a card line. Form.Item gives it the implementation code as `value`, and the id and
 * ARIA links of its error, so that the error summary can scroll to it and a screen reader reads it.
 */
function MemberRow(props: {
  value?: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  index: number;
  info: ReadonlyMap<string, BundleCandidate>;
  regionCode: string;
  leadKey: string;
  slowest: number | null;
}) {
  const { value = '', id, index, info, regionCode, leadKey, slowest } = props;
  const t = useT();
  const member = info.get(value);
  const leads = member && member.regionCode === regionCode && member.departmentKey === leadKey;
  return (
    <div
      id={id}
      tabIndex={-1}
      role="group"
      aria-label={t('bundleAdmin.memberN', { n: index + 1 })}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
      data-testid={`bundle-member-${index}`}
      data-impl-code={value}
      style={{ padding: '8px 12px', border: '1px solid #e5e7eb', borderRadius: 8, background: '#fff' }}
    >
      <div style={{ fontWeight: 500 }}>
        <span className="tb-secondary" style={{ marginInlineEnd: 6 }}>
          {index + 1}.
        </span>
        {member?.name ?? t('bundleAdmin.members.unknown')}
      </div>
      <div className="tb-mono tb-secondary tb-break">{value}</div>
      {member && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
          <Tag>{member.departmentName}</Tag>
          <Tag color={member.promisedDays === slowest ? 'orange' : undefined}>
            {t('bundleAdmin.promisedN', { n: member.promisedDays })}
          </Tag>
          {leads && <Tag color="blue">{t('bundleAdmin.members.lead')}</Tag>}
          {member.regionCode !== regionCode && <Tag color="purple">{t('bundleAdmin.members.city')}</Tag>}
        </div>
      )}
    </div>
  );
}

/** Finds published items by name, keyword or code, within the regions the server allows. */
function MemberPicker(props: {
  regionCode: string;
  chosen: ReadonlySet<string>;
  onAdd: (candidate: BundleCandidate) => void;
}) {
  const { regionCode, chosen, onAdd } = props;
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(text.trim());
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery(bundleApi.candidates, { region: regionCode, q, page, pageSize: PICKER_PAGE_SIZE }),
        bundleCandidatePageSchema,
        { signal },
      ),
    [regionCode, q, page],
  );
  const candidates = useApiData(regionCode ? load : null);

  return (
    <div
      data-testid="bundle-picker"
      style={{ marginTop: 8, padding: 12, border: '1px dashed #d0d7e2', borderRadius: 8 }}
    >
      <Input.Search
        aria-label={t('bundleAdmin.picker.search')}
        placeholder={t('bundleAdmin.picker.search')}
        allowClear
        value={text}
        disabled={!regionCode}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => {
          setText(value);
          setQ(value.trim());
          setPage(1);
        }}
        data-testid="bundle-picker-search"
      />
      {!regionCode ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('catalogAdmin.hint.pickRegionFirst')}
        </Typography.Paragraph>
      ) : candidates.error ? (
        <LoadError message={candidates.error} onRetry={candidates.reload} />
      ) : (
        <>
          <List<BundleCandidate>
            size="small"
            loading={candidates.loading}
            dataSource={candidates.data?.items ?? []}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bundleAdmin.picker.none')} />
              ),
            }}
            renderItem={(item) => {
              const added = chosen.has(item.implCode);
              return (
                <List.Item
                  data-testid="bundle-candidate"
                  data-impl-code={item.implCode}
                  actions={[
                    <Button
                      key="add"
                      size="small"
                      icon={<PlusOutlined />}
                      disabled={added}
                      onClick={() => onAdd(item)}
                      aria-label={`${t('bundleAdmin.picker.add')} ${item.name}`}
                      data-testid={`bundle-candidate-add-${item.implCode}`}
                    >
                      {added ? t('bundleAdmin.picker.added') : t('bundleAdmin.picker.add')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={item.name}
                    description={
                      <span>
                        {item.departmentName} · {t('bundleAdmin.promisedN', { n: item.promisedDays })}
                      </span>
                    }
                  />
                </List.Item>
              );
            }}
          />
          {(candidates.data?.total ?? 0) > PICKER_PAGE_SIZE && (
            <Pagination
              size="small"
              simple
              current={page}
              pageSize={PICKER_PAGE_SIZE}
              total={candidates.data?.total ?? 0}
              onChange={setPage}
              style={{ marginTop: 8, textAlign: 'end' }}
            />
          )}
        </>
      )}
    </div>
  );
}
