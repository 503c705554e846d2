import { ApartmentOutlined, AuditOutlined, HomeOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@contracts';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export type NavLabel = 'nav.home' | 'nav.org' | 'nav.users' | 'nav.security' | 'nav.audit';

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
  { key: 'users', path: '/users', permission: 'user.read', label: 'nav.users', icon: <TeamOutlined />, page: lazy(() => import('../features/users/pages/UsersPage.tsx')) },
  { key: 'security', path: '/security', permission: 'security.read', label: 'nav.security', icon: <SafetyOutlined />, page: lazy(() => import('../features/security/pages/SecurityPolicyPage.tsx')) },
  { key: 'audit', path: '/audit', permission: 'audit.read', label: 'nav.audit', icon: <AuditOutlined />, page: lazy(() => import('../features/audit/pages/AuditPage.tsx')) },
];
