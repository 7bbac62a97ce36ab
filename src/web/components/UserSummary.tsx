import { Tag } from 'antd';
import { useMe } from '../app/auth';
import { useT } from '../app/i18n';

/** Who is signed in: name, role and the region / center / department they act for. */
export function UserSummary() {
  const me = useMe();
  const t = useT();
  const scope = [me.regionName, me.centerName, me.departmentName].filter(Boolean).join(' · ');
  return (
    <div className="tb-user" data-testid="user-summary">
      <span className="tb-user-name">{me.displayName}</span>
      <Tag color="blue" variant="outlined" className="tb-user-role">
        {t(`role.${me.role}`)}
      </Tag>
      {scope && <span className="tb-user-scope">{scope}</span>}
    </div>
  );
}
