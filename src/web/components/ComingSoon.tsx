import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { MessageKey } from '../app/i18n';
import { useT } from '../app/i18n';
import { usePageTitle } from './usePageTitle';

/** Stands in for a feature that is not built yet, saying what it will do. */
export function ComingSoon({ title, description }: { title: MessageKey; description: MessageKey }) {
  const t = useT();
  usePageTitle(t(title));
  return (
    <section className="tb-page">
      <Typography.Title level={1}>{t(title)}</Typography.Title>
      <div className="tb-coming-soon">
        <ClockCircleOutlined className="tb-coming-soon-icon" aria-hidden />
        <Tag color="processing">{t('app.comingSoon')}</Tag>
        <Typography.Paragraph className="tb-coming-soon-text">{t(description)}</Typography.Paragraph>
      </div>
    </section>
  );
}
