import { LeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { useT } from '../../app/i18n';
import { useGuidePaths } from './shared';

/** Back to where the visitor came from (their search), or to the guide home on a direct visit. */
export function BackLink() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const paths = useGuidePaths();
  // 'default' is the first page of this tab: there is nothing of ours to go back to.
  if (location.key === 'default') {
    return (
      <Link to={paths.home} className="tb-guide-back">
        <LeftOutlined aria-hidden /> {t('guide.results.backToGuide')}
      </Link>
    );
  }
  return (
    <Button
      type="link"
      className="tb-guide-back"
      icon={<LeftOutlined aria-hidden />}
      onClick={() => navigate(-1)}
    >
      {t('guide.item.back')}
    </Button>
  );
}

export interface Fact {
  label: string;
  value: string;
  /** Worth celebrating: 即办, 零跑腿, 全程网办, 免费. */
  good?: boolean;
}

/** The four numbers people ask first, as big tiles: two a row on phones. */
export function FactTiles({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="tb-guide-facts-tiles">
      {facts.map((fact) => (
        <div key={fact.label} className={`tb-guide-fact${fact.good ? ' tb-guide-fact-good' : ''}`}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** In-page links to the sections of a long guide; focus moves with the scroll. */
export function Toc({ sections }: { sections: readonly { id: string; title: string }[] }) {
  const t = useT();
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="tb-guide-toc tb-elder-hidden" aria-label={t('guide.item.toc')}>
      <ul className="tb-guide-chips">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="tb-guide-chip tb-guide-chip-quiet"
              onClick={(e) => jump(e, section.id)}
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** 申请办理: only a signed-in citizen or firm applies online; the guide itself stays public. */
export function ApplyButton({ to, testId }: { to: string; testId: string }) {
  const { state } = useAuth();
  const t = useT();
  const navigate = useNavigate();
  if (state.status !== 'signed-in' || !['citizen', 'enterprise'].includes(state.me.role)) return null;
  return (
    <p>
      <Button type="primary" size="large" data-testid={testId} onClick={() => void navigate(to)}>
        {t('cases.apply')}
      </Button>
    </p>
  );
}
