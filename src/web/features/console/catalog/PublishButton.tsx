import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { ApiError, apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { adminItemSchema, itemApi } from './contracts';
import type { AdminItem } from './contracts';

/**
 * 发布: makes the draft the version the public and new cases use. It asks first, and says what
 * happens to cases already running (they keep the version they started on).
 */
export function PublishButton(props: {
  itemId: string;
  draftVersion: number | null;
  /** Why publishing is not possible right now (e.g. unsaved changes); shown as a tooltip. */
  blockedReason?: string | null;
  onPublished: (item: AdminItem) => void;
}) {
  const { itemId, draftVersion, blockedReason, onPublished } = props;
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const publish = async () => {
    setBusy(true);
    try {
      const item = await apiRequest('POST', itemApi.publish(itemId), adminItemSchema);
      void message.success(t('catalogAdmin.publish.done', { v: item.publishedVersion ?? '' }));
      onPublished(item);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        void message.error(t('error.network'));
      } else {
        // NO_DRAFT (409), consistency problems (400), scope (403): the server's words, with details.
        void message.error([error.message, ...error.details.map((d) => d.message)].join(' · '));
      }
    } finally {
      setBusy(false);
    }
  };

  const reason = draftVersion === null ? t('catalogAdmin.publish.noDraft') : (blockedReason ?? null);
  const button = (
    <Button
      type="primary"
      icon={<CloudUploadOutlined />}
      loading={busy}
      disabled={reason !== null}
      data-testid="item-publish"
    >
      {draftVersion === null
        ? t('catalogAdmin.publish.button')
        : t('catalogAdmin.publish.buttonVersion', { v: draftVersion })}
    </Button>
  );
  if (reason !== null) {
    return (
      <Tooltip title={reason}>
        {/* A disabled button swallows pointer events; the span keeps the tooltip working. */}
        <span style={{ display: 'inline-block' }}>{button}</span>
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('catalogAdmin.publish.confirmTitle', { v: draftVersion ?? '' })}
      description={<div style={{ maxWidth: 360 }}>{t('catalogAdmin.publish.confirmBody')}</div>}
      okText={t('catalogAdmin.publish.button')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'item-publish-confirm' }}
      onConfirm={publish}
    >
      {button}
    </Popconfirm>
  );
}
