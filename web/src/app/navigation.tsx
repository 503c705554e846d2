import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  IssuesCloseOutlined,
  MailOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  TeamOutlined,
  ToolOutlined,
  ProjectOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Permission } from '@contracts';
import { lazy, type ComponentType, type ReactNode } from 'react';

export type NavLabel =
  | 'nav.home'
  | 'nav.org'
  | 'nav.users'
  | 'nav.security'
  | 'nav.audit'
  | 'nav.mail'
  | 'nav.ports'
  | 'nav.facilities'
  | 'nav.certifications'
  | 'nav.gaps'
  | 'nav.projects'
  | 'nav.catalogs'
  | 'nav.campaigns'
  | 'nav.assessments'
  | 'nav.findings'
  | 'nav.whatIf';

/** Sidebar groups: entries naming one are listed under it. */
export type NavGroup = { key: string; label: 'nav.standardisation'; icon: ReactNode };
export const STANDARDS_GROUP: NavGroup = {
  key: 'standards',
  label: 'nav.standardisation',
  icon: <FlagOutlined />,
};

const PortsPage = lazy(() => import('../features/ports/pages/PortsPage.tsx'));
const PortDetailPage = lazy(() => import('../features/ports/pages/PortDetailPage.tsx'));
const PortFacilitiesTab = lazy(
  () => import('../features/facilities/components/PortFacilitiesTab.tsx'),
);

/** A port's page with its facilities tab: features do not import each other, so they meet here. */
function PortDetailRoute() {
  return <PortDetailPage FacilitiesTab={PortFacilitiesTab} />;
}

export type NavEntry = {
  key: string;
  path: string;
  permission: Permission;
  label: NavLabel;
  icon: ReactNode;
  page: ComponentType;
  group?: NavGroup;
};

const CampaignsPage = lazy(() => import('../features/standards/pages/CampaignsPage.tsx'));
const AssessmentsPage = lazy(() => import('../features/standards/pages/AssessmentsPage.tsx'));

/** The sidebar and the routes behind it, one entry each: a user sees an entry only with its permission. */
export const NAVIGATION: NavEntry[] = [
  {
    key: 'home',
    path: '/',
    permission: 'home.read',
    label: 'nav.home',
    icon: <HomeOutlined />,
    page: lazy(() => import('../features/home/pages/HomePage.tsx')),
  },
  {
    key: 'org',
    path: '/org-units',
    permission: 'org.read',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    page: lazy(() => import('../features/org/pages/OrgUnitsPage.tsx')),
  },
  {
    key: 'ports',
    path: '/ports',
    permission: 'port.read',
    label: 'nav.ports',
    icon: <EnvironmentOutlined />,
    page: PortsPage,
  },
  {
    key: 'facilities',
    path: '/facilities',
    permission: 'facility.read',
    label: 'nav.facilities',
    icon: <ToolOutlined />,
    page: lazy(() => import('../features/facilities/pages/FacilitiesPage.tsx')),
  },
  {
    key: 'certifications',
    path: '/certifications',
    permission: 'facility.read',
    label: 'nav.certifications',
    icon: <SafetyCertificateOutlined />,
    page: lazy(() => import('../features/facilities/pages/CertificationsPage.tsx')),
  },
  {
    key: 'gaps',
    path: '/facility-gaps',
    permission: 'facility.read',
    label: 'nav.gaps',
    icon: <WarningOutlined />,
    page: lazy(() => import('../features/facilities/pages/GapsPage.tsx')),
  },
  {
    key: 'projects',
    path: '/projects',
    permission: 'project.read',
    label: 'nav.projects',
    icon: <ProjectOutlined />,
    page: lazy(() => import('../features/projects/pages/ProjectsPage.tsx')),
  },
  {
    key: 'catalogs',
    path: '/standards/catalogs',
    permission: 'standard.read',
    label: 'nav.catalogs',
    icon: <BookOutlined />,
    group: STANDARDS_GROUP,
    page: lazy(() => import('../features/standards/pages/CatalogsPage.tsx')),
  },
  {
    key: 'campaigns',
    path: '/standards/campaigns',
    permission: 'campaign.read',
    label: 'nav.campaigns',
    icon: <FundOutlined />,
    group: STANDARDS_GROUP,
    page: CampaignsPage,
  },
  {
    key: 'assessments',
    path: '/standards/assessments',
    permission: 'assessment.read',
    label: 'nav.assessments',
    icon: <FormOutlined />,
    group: STANDARDS_GROUP,
    page: AssessmentsPage,
  },
  {
    key: 'findings',
    path: '/standards/findings',
    permission: 'finding.read',
    label: 'nav.findings',
    icon: <IssuesCloseOutlined />,
    group: STANDARDS_GROUP,
    page: lazy(() => import('../features/standards/pages/FindingsPage.tsx')),
  },
  {
    key: 'what-if',
    path: '/standards/what-if',
    permission: 'standard.read',
    label: 'nav.whatIf',
    icon: <ExperimentOutlined />,
    group: STANDARDS_GROUP,
    page: lazy(() => import('../features/standards/pages/WhatIfPage.tsx')),
  },
  {
    key: 'users',
    path: '/users',
    permission: 'user.read',
    label: 'nav.users',
    icon: <TeamOutlined />,
    page: lazy(() => import('../features/users/pages/UsersPage.tsx')),
  },
  {
    key: 'security',
    path: '/security',
    permission: 'security.read',
    label: 'nav.security',
    icon: <SafetyOutlined />,
    page: lazy(() => import('../features/security/pages/SecurityPolicyPage.tsx')),
  },
  {
    key: 'audit',
    path: '/audit',
    permission: 'audit.read',
    label: 'nav.audit',
    icon: <AuditOutlined />,
    page: lazy(() => import('../features/audit/pages/AuditPage.tsx')),
  },
  {
    key: 'mail',
    path: '/mail',
    permission: 'mail.read',
    label: 'nav.mail',
    icon: <MailOutlined />,
    page: lazy(() => import('../features/mail/pages/MailOutboxPage.tsx')),
  },
];

/** Pages reached from a list, not from the sidebar; same permission check. */
export const SUB_PAGES: Pick<NavEntry, 'path' | 'permission' | 'page'>[] = [
  { path: '/ports/map', permission: 'port.read', page: PortsPage },
  { path: '/ports/:id', permission: 'port.read', page: PortDetailRoute },
  {
    path: '/standards/catalog-versions/:id',
    permission: 'standard.read',
    page: lazy(() => import('../features/standards/pages/CatalogVersionPage.tsx')),
  },
  {
    path: '/standards/campaigns/:id',
    permission: 'campaign.read',
    page: lazy(() => import('../features/standards/pages/CampaignDetailPage.tsx')),
  },
  {
    path: '/standards/assessments/:id',
    permission: 'assessment.read',
    page: lazy(() => import('../features/standards/pages/AssessmentPage.tsx')),
  },
  {
    path: '/standards/assessments/:id/report',
    permission: 'assessment.read',
    page: lazy(() => import('../features/standards/reports/AssessmentReportPage.tsx')),
  },
  {
    path: '/standards/campaigns/:id/report',
    permission: 'campaign.read',
    page: lazy(() => import('../features/standards/reports/CampaignReportPage.tsx')),
  },
];
