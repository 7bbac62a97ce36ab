import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FormOutlined,
  HomeOutlined,
  InboxOutlined,
  LikeOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ROLE_AREA } from '../../shared/roles';
import type { Area, Role } from '../../shared/roles';
import type { MessageKey } from './i18n';

/** A page of an area other than its home: one menu entry, one route. */
export interface Feature {
  /** Path below the area root, without slashes. */
  path: string;
  label: MessageKey;
  /** What the page does; shown on home tiles and on its placeholder. */
  description: MessageKey;
  icon: ReactNode;
  /** Roles that use it; omitted means every role of the area. The server enforces access. */
  roles?: readonly Role[];
  /** Short label for the phone tab bar; features without one are reached from the home tiles. */
  tab?: MessageKey;
}

interface AreaNav {
  home: { label: MessageKey; icon: ReactNode };
  features: readonly Feature[];
}

export const AREA_HOME = {
  portal: '/portal',
  workbench: '/workbench',
  console: '/console',
} as const satisfies Record<Area, string>;

export const NAV: Record<Area, AreaNav> = {
  portal: {
    home: { label: 'portal.home', icon: <HomeOutlined /> },
    features: [
      {
        path: 'guide',
        label: 'portal.guide',
        description: 'portal.guide.desc',
        icon: <ReadOutlined />,
        tab: 'portal.guide.short',
      },
      {
        path: 'cases',
        label: 'portal.cases',
        description: 'portal.cases.desc',
        icon: <FileSearchOutlined />,
        tab: 'portal.cases.short',
      },
      {
        path: 'bundles',
        label: 'portal.bundles',
        description: 'portal.bundles.desc',
        icon: <AppstoreOutlined />,
      },
      {
        path: 'ratings',
        label: 'portal.ratings',
        description: 'portal.ratings.desc',
        icon: <LikeOutlined />,
      },
      {
        path: 'booking',
        label: 'portal.booking',
        description: 'portal.booking.desc',
        icon: <CalendarOutlined />,
        tab: 'portal.booking.short',
      },
      {
        path: 'licences',
        label: 'portal.licences',
        description: 'portal.licences.desc',
        icon: <SafetyCertificateOutlined />,
        tab: 'portal.licences.short',
      },
    ],
  },
  workbench: {
    home: { label: 'workbench.home', icon: <HomeOutlined /> },
    features: [
      {
        path: 'intake',
        label: 'workbench.intake',
        description: 'workbench.intake.desc',
        icon: <FormOutlined />,
        roles: ['clerk'],
      },
      {
        path: 'queue',
        label: 'workbench.queue',
        description: 'workbench.queue.desc',
        icon: <InboxOutlined />,
        roles: ['reviewer'],
      },
      {
        path: 'agent',
        label: 'workbench.agent',
        description: 'workbench.agent.desc',
        icon: <TeamOutlined />,
        roles: ['agent'],
      },
      {
        path: 'pickup',
        label: 'workbench.pickup',
        description: 'workbench.pickup.desc',
        icon: <FileDoneOutlined />,
        roles: ['clerk'],
      },
    ],
  },
  console: {
    home: { label: 'console.home', icon: <AppstoreOutlined /> },
    features: [
      {
        path: 'catalog',
        label: 'console.catalog',
        description: 'console.catalog.desc',
        icon: <ProfileOutlined />,
        roles: ['center_admin', 'dept_admin', 'platform_admin'],
      },
      {
        path: 'cases',
        label: 'console.cases',
        description: 'console.cases.desc',
        icon: <FileSearchOutlined />,
      },
      {
        path: 'organisation',
        label: 'console.organisation',
        description: 'console.organisation.desc',
        icon: <ApartmentOutlined />,
        // Supervisors read it (GET /accounts admits them); the write buttons are per role inside.
        roles: ['center_admin', 'dept_admin', 'supervisor', 'platform_admin'],
      },
      {
        path: 'evaluations',
        label: 'console.evaluations',
        description: 'console.evaluations.desc',
        icon: <LikeOutlined />,
        roles: ['center_admin', 'dept_admin', 'supervisor', 'platform_admin'],
      },
      {
        path: 'cockpit',
        label: 'console.cockpit',
        description: 'console.cockpit.desc',
        icon: <DashboardOutlined />,
        roles: ['supervisor', 'center_admin', 'platform_admin'],
      },
      {
        path: 'audit',
        label: 'console.audit',
        description: 'console.audit.desc',
        icon: <AuditOutlined />,
        // Exactly the roles GET /api/v1/audit admits.
        roles: ['supervisor', 'platform_admin'],
      },
      {
        path: 'calendar',
        label: 'console.calendar',
        description: 'console.calendar.desc',
        icon: <CalendarOutlined />,
        // Exactly the role PUT /api/v1/calendar/years/:year admits.
        roles: ['platform_admin'],
      },
      {
        path: 'settings',
        label: 'console.settings',
        description: 'console.settings.desc',
        icon: <SettingOutlined />,
        roles: ['platform_admin'],
      },
    ],
  },
};

export function homeFor(role: Role): string {
  return AREA_HOME[ROLE_AREA[role]];
}

export function featurePath(area: Area, feature: Feature): string {
  return `${AREA_HOME[area]}/${feature.path}`;
}

export function allows(feature: Feature, role: Role): boolean {
  return !feature.roles || feature.roles.includes(role);
}

export function featuresFor(area: Area, role: Role): Feature[] {
  return NAV[area].features.filter((feature) => allows(feature, role));
}
