import { Tag } from 'antd';
import { useT } from '../../../app/i18n';

/** 已发布 vN and/or 草稿 vN: both when a published item has a draft waiting. */
export function StatusTags(props: { publishedVersion: number | null; draftVersion: number | null }) {
  const { publishedVersion, draftVersion } = props;
  const t = useT();
  return (
    <span className="tb-nowrap" data-testid="item-status">
      {publishedVersion !== null && (
        <Tag color="success">{t('catalogAdmin.status.published', { v: publishedVersion })}</Tag>
      )}
      {draftVersion !== null && (
        <Tag color="processing">{t('catalogAdmin.status.draft', { v: draftVersion })}</Tag>
      )}
      {publishedVersion === null && draftVersion === null && <Tag>—</Tag>}
    </span>
  );
}
