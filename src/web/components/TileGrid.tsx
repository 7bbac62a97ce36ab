import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Area, Role } from '../../shared/roles';
import type { Translate } from '../app/i18n';
import { featurePath, featuresFor } from '../app/nav';

export interface Tile {
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
}

/** One tile per feature the role uses: the shortcuts on each area's home. */
export function featureTiles(area: Area, role: Role, t: Translate): Tile[] {
  return featuresFor(area, role).map((feature) => ({
    to: featurePath(area, feature),
    icon: feature.icon,
    title: t(feature.label),
    description: t(feature.description),
  }));
}

/** Large link tiles; elder mode hides the descriptions in CSS to keep pages simple. */
export function TileGrid({ tiles, label }: { tiles: readonly Tile[]; label: string }) {
  return (
    <ul className="tb-tiles" aria-label={label}>
      {tiles.map((tile) => (
        <li key={tile.to}>
          <Link to={tile.to} className="tb-tile">
            <span className="tb-tile-icon" aria-hidden>
              {tile.icon}
            </span>
            <span className="tb-tile-title">{tile.title}</span>
            <span className="tb-tile-desc">{tile.description}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
