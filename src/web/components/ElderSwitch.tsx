import { FontSizeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../app/i18n';
import { useElder } from '../app/preferences';

/** A toggle button (aria-pressed) so screen readers announce whether elder mode is on. */
export function ElderSwitch() {
  const { elder, setElder } = useElder();
  const t = useT();
  return (
    <Button
      data-testid="elder-switch"
      type={elder ? 'primary' : 'default'}
      icon={<FontSizeOutlined />}
      aria-pressed={elder}
      title={t('elder.hint')}
      onClick={() => setElder(!elder)}
    >
      {t('elder.label')}
    </Button>
  );
}
