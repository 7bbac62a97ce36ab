import { AppstoreOutlined, ClockCircleOutlined, EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n';
import type { BundleSummary, ItemSummary, LifeCycle } from './contracts';
import { useCodeLabel } from './labels';
import { Highlighted, Zh, useFacts, useGuidePaths } from './shared';

/*
 * Result cards. The whole card is one link (big tap target); the title inside is the link text and
 * the facts follow it, so a screen reader reads "name, link" then the facts.
 */

type Level = 2 | 3 | 4;
const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export function ItemCard({ item, headingLevel = 3 }: { item: ItemSummary; headingLevel?: Level }) {
  const t = useT();
  const facts = useFacts();
  const paths = useGuidePaths();
  const Heading = HEADINGS[headingLevel];
  return (
    <li className="tb-guide-card" data-testid="guide-result-item" data-impl-code={item.implCode}>
      <Heading className="tb-guide-card-title">
        <Link to={paths.item(item.implCode)} className="tb-guide-card-link">
          <Highlighted segments={item.segments} fallback={item.name} />
        </Link>
      </Heading>
      <p className="tb-guide-card-dept">
        <EnvironmentOutlined aria-hidden /> <Zh>{item.departmentName}</Zh>
      </p>
      <ul className="tb-guide-facts">
        <li>
          <ClockCircleOutlined aria-hidden /> {t('guide.fact.promised')}{' '}
          <strong className={item.promisedDays === 0 ? 'tb-guide-good' : undefined}>
            {facts.days(item.promisedDays)}
          </strong>
        </li>
        <li>
          {t('guide.fact.visits')}{' '}
          <strong className={item.visits === 0 ? 'tb-guide-good' : undefined}>
            {facts.visits(item.visits)}
          </strong>
        </li>
        {item.onlineDepth === 'IV' && (
          <li>
            <Tag color="green" className="tb-guide-tag">
              {t('guide.fact.fullyOnline')}
            </Tag>
          </li>
        )}
      </ul>
      <RightOutlined className="tb-guide-card-arrow" aria-hidden />
    </li>
  );
}

export function BundleCard({
  bundle,
  compact = false,
  headingLevel = 3,
}: {
  bundle: BundleSummary;
  compact?: boolean;
  headingLevel?: Level;
}) {
  const Heading = HEADINGS[headingLevel];
  const t = useT();
  const label = useCodeLabel();
  const paths = useGuidePaths();
  return (
    <li
      className={`tb-guide-card tb-guide-bundle-card${compact ? ' tb-guide-card-compact' : ''}`}
      data-testid="guide-result-bundle"
      data-code={bundle.code}
    >
      {!compact && (
        <Tag color="blue" className="tb-guide-tag" icon={<AppstoreOutlined aria-hidden />}>
          {t('guide.card.bundleTag')}
        </Tag>
      )}
      <Heading className="tb-guide-card-title">
        <Link to={paths.bundle(bundle.code)} className="tb-guide-card-link">
          <Highlighted segments={bundle.segments} fallback={bundle.name} />
        </Link>
      </Heading>
      <p className="tb-guide-card-dept">
        {compact ? (
          t('guide.card.members', { n: bundle.memberCount })
        ) : (
          <>
            {label('lifeCycle', bundle.lifeCycle)} · <Zh>{bundle.lifeEvent}</Zh> ·{' '}
            {t('guide.card.members', { n: bundle.memberCount })}
          </>
        )}
      </p>
      <RightOutlined className="tb-guide-card-arrow" aria-hidden />
    </li>
  );
}

/** Bundles grouped as 个人生命周期 / 企业生命周期, each group with its own heading. */
export function BundlesByLifeCycle({
  bundles,
  headingLevel,
}: {
  bundles: readonly BundleSummary[];
  headingLevel: 2 | 3;
}) {
  const label = useCodeLabel();
  const t = useT();
  const Heading = HEADINGS[headingLevel];
  const groups: LifeCycle[] = ['personal', 'business'];
  return (
    <div className="tb-guide-lifecycles">
      {groups.map((cycle) => {
        const list = bundles.filter((b) => b.lifeCycle === cycle);
        return (
          <div key={cycle} className="tb-guide-lifecycle">
            <Heading className={headingLevel === 2 ? 'tb-guide-h2' : 'tb-guide-h3'} id={`lifecycle-${cycle}`}>
              {label('lifeCycle', cycle)}
            </Heading>
            {list.length === 0 ? (
              <p className="tb-guide-muted">{t('guide.browse.none')}</p>
            ) : (
              <ul className="tb-guide-cards tb-guide-tiles" aria-labelledby={`lifecycle-${cycle}`}>
                {list.map((bundle) => (
                  <BundleCard
                    key={bundle.code}
                    bundle={bundle}
                    compact
                    headingLevel={headingLevel === 2 ? 3 : 4}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
