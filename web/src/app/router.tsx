import { Suspense, lazy, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { NAVIGATION, SUB_PAGES } from './navigation.tsx';
import { NotFound, RequirePermission } from './RequirePermission.tsx';
import { SessionGate } from './SessionGate.tsx';
import { Shell } from './Shell.tsx';

const LoginPage = lazy(() => import('../features/auth/pages/LoginPage.tsx'));
const ForcedPasswordPage = lazy(() => import('../features/auth/pages/ForcedPasswordPage.tsx'));
const MfaEnrolmentPage = lazy(() => import('../features/auth/pages/MfaEnrolmentPage.tsx'));
const AccountPage = lazy(() => import('../features/account/pages/AccountPage.tsx'));
const PublicDesignationsPage = lazy(
  () => import('../features/public/pages/PublicDesignationsPage.tsx'),
);

const page = (Page: ComponentType) => (
  <Suspense fallback={<FullPageSpin />}>
    <Page />
  </Suspense>
);

export const router = createBrowserRouter([
  // Open to anyone: no session gate.
  { path: '/public/designations', element: page(PublicDesignationsPage) },
  { element: <SessionGate at="login" />, children: [{ path: '/login', element: page(LoginPage) }] },
  {
    element: <SessionGate at="password" />,
    children: [{ path: '/password', element: page(ForcedPasswordPage) }],
  },
  {
    element: <SessionGate at="mfa" />,
    children: [{ path: '/mfa-enrolment', element: page(MfaEnrolmentPage) }],
  },
  {
    element: <SessionGate at="app" />,
    children: [
      {
        element: <Shell />,
        children: [
          ...[...NAVIGATION, ...SUB_PAGES].map((entry) => ({
            path: entry.path,
            element: (
              <RequirePermission permission={entry.permission}>
                {page(entry.page)}
              </RequirePermission>
            ),
          })),
          { path: '/account', element: page(AccountPage) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
