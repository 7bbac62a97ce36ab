import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { useT } from '../../app/i18n';
import type { Translate } from '../../app/i18n';
import type { Segments } from './contracts';
import { withQuery } from './contracts';

/**
 * Where the guide's pages are. Public visitors get /guide/…; inside the signed-in portal the same
 * pages live under /portal/guide/… and the bundles under /portal/bundles/…, so links stay in the portal.
 */
export interface GuidePaths {
  portal: boolean;
  home: string;
  search: (query: Record<string, string | number | undefined>) => string;
  item: (implCode: string) => string;
  bundle: (code: string) => string;
}

export function guidePaths(portal: boolean): GuidePaths {
  const home = portal ? '/portal/guide' : '/guide';
  return {
    portal,
    home,
    search: (query) => withQuery(home, query),
    item: (implCode) => `${home}/items/${encodeURIComponent(implCode)}`,
    bundle: (code) => `${portal ? '/portal/bundles' : '/guide/bundles'}/${encodeURIComponent(code)}`,
  };
}

export function useGuidePaths(): GuidePaths {
  const { pathname } = useLocation();
  return guidePaths(pathname.startsWith('/portal'));
}

/**
 * Catalog content (names, laws, materials) is Chinese whatever the UI language, so screen readers
 * and fonts get `lang` right on an English page.
 */
export function Zh({ children }: { children: ReactNode }) {
  return <span lang="zh-CN">{children}</span>;
}

/** A name with the characters the query matched in <mark>. */
export function Highlighted({ segments, fallback }: { segments: Segments; fallback: string }) {
  if (segments.length === 0) return <Zh>{fallback}</Zh>;
  return (
    <span lang="zh-CN">
      {segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </span>
  );
}

/** 承诺时限: 0 is 即办 (on the spot). */
export function daysText(t: Translate, days: number): string {
  if (days === 0) return t('guide.fact.instant');
  if (days === 1) return t('guide.fact.oneDay');
  return t('guide.fact.days', { n: days });
}

/** 跑动次数: 0 is 零跑腿 (no visit). */
export function visitsText(t: Translate, visits: number): string {
  if (visits === 0) return t('guide.fact.zeroVisits');
  if (visits === 1) return t('guide.fact.oneVisit');
  return t('guide.fact.visitsN', { n: visits });
}

/** A yuan amount without float noise: 10 → "10", 12.5 → "12.50". */
export function yuan(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

/** The date a version was published, in Beijing time. */
export function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}

/** A labelled page section with an h2, for the guides' long pages. */
export function Section({
  id,
  title,
  children,
  testId,
  extra,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  testId?: string;
  extra?: ReactNode;
}) {
  return (
    <section
      className="tb-guide-section"
      aria-labelledby={`${id}-title`}
      id={id}
      data-testid={testId}
      tabIndex={-1}
    >
      <div className="tb-guide-section-head">
        <h2 className="tb-guide-h2" id={`${id}-title`}>
          {title}
        </h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

export function useFacts() {
  const t = useT();
  return { days: (n: number) => daysText(t, n), visits: (n: number) => visitsText(t, n) };
}

/**
 * A guide page opened from a link starts with focus on its title, so screen readers announce the
 * new page instead of losing focus with the link that was clicked.
 */
export function useTitleFocus() {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  // Runs when the page opens (the type only changes with a new navigation, which remounts it).
  useEffect(() => {
    if (navigationType !== NavigationType.Pop) ref.current?.focus({ preventScroll: true });
  }, [navigationType]);
  return ref;
}
