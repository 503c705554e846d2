import { ApartmentOutlined, AuditOutlined, EnvironmentOutlined, HomeOutlined, SafetyCertificateOutlined, SafetyOutlined, TeamOutlined, ToolOutlined, ProjectOutlined, WarningOutlined } from '@ant-design/icons';
import type { Permission } from '@contracts';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export type NavLabel = 'nav.home' | 'nav.org' | 'nav.users' | 'nav.security' | 'nav.audit' | 'nav.ports' | 'nav.facilities' | 'nav.certifications' | 'nav.gaps' | 'nav.projects';

const PortsPage = lazy(() => import('../features/ports/pages/PortsPage.tsx'));

export type NavEntry = {
  key: string;
  path: string;
  permission: Permission;
  label: NavLabel;
  icon: ReactNode;
  page: LazyExoticComponent<ComponentType>;
};

/** The sidebar and the routes behind it, one entry each: a user sees an entry only with its permission. */
export const NAVIGATION: NavEntry[] = [
  { key: 'home', path: '/', permission: 'home.read', label: 'nav.home', icon: <HomeOutlined />, page: lazy(() => import('../features/home/pages/HomePage.tsx')) },
  { key: 'org', path: '/org-units', permission: 'org.read', label: 'nav.org', icon: <ApartmentOutlined />, page: lazy(() => import('../features/org/pages/OrgUnitsPage.tsx')) },
  { key: 'ports', path: '/ports', permission: 'port.read', label: 'nav.ports', icon: <EnvironmentOutlined />, page: PortsPage },
  { key: 'facilities', path: '/facilities', permission: 'facility.read', label: 'nav.facilities', icon: <ToolOutlined />, page: lazy(() => import('../features/facilities/pages/FacilitiesPage.tsx')) },
  { key: 'certifications', path: '/certifications', permission: 'facility.read', label: 'nav.certifications', icon: <SafetyCertificateOutlined />, page: lazy(() => import('../features/facilities/pages/CertificationsPage.tsx')) },
  { key: 'gaps', path: '/facility-gaps', permission: 'facility.read', label: 'nav.gaps', icon: <WarningOutlined />, page: lazy(() => import('../features/facilities/pages/GapsPage.tsx')) },
  { key: 'projects', path: '/projects', permission: 'project.read', label: 'nav.projects', icon: <ProjectOutlined />, page: lazy(() => import('../features/projects/pages/ProjectsPage.tsx')) },
  { key: 'users', path: '/users', permission: 'user.read', label: 'nav.users', icon: <TeamOutlined />, page: lazy(() => import('../features/users/pages/UsersPage.tsx')) },
  { key: 'security', path: '/security', permission: 'security.read', label: 'nav.security', icon: <SafetyOutlined />, page: lazy(() => import('../features/security/pages/SecurityPolicyPage.tsx')) },
  { key: 'audit', path: '/audit', permission: 'audit.read', label: 'nav.audit', icon: <AuditOutlined />, page: lazy(() => import('../features/audit/pages/AuditPage.tsx')) },
];

/** Pages reached from a list, not from the sidebar; same permission check. */
export const SUB_PAGES: Pick<NavEntry, 'path' | 'permission' | 'page'>[] = [
  { path: '/ports/map', permission: 'port.read', page: PortsPage },
  { path: '/ports/:id', permission: 'port.read', page: lazy(() => import('../features/ports/pages/PortDetailPage.tsx')) },
];
