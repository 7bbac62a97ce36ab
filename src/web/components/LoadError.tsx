import { Alert, Button } from 'antd';
import { useT } from '../app/i18n';

/** A list that failed to load: say so in the server's words and offer to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      className="tb-load-error"
      title={t('common.loadFailed')}
      description={message}
      action={
        <Button size="small" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
