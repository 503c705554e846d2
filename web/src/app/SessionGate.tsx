import type { Me } from '@contracts';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/session.ts';
import { FullPageSpin } from '../components/FullPageSpin.tsx';

export type SessionStep = 'login' | 'password' | 'mfa' | 'app';

export const STEP_PATHS: Record<SessionStep, string> = {
  login: '/login',
  password: '/password',
  mfa: '/mfa-enrolment',
  app: '/',
};

/** Where the session stands: not signed in, a password to change, an authenticator to enrol, or ready. */
export function sessionStep(me: Me | null | undefined): SessionStep {
  if (!me) return 'login';
  if (me.mustChangePassword) return 'password';
  if (me.mfaRequired && !me.mfaEnabled) return 'mfa';
  return 'app';
}

/** The page a signed-out visitor asked for, to return to after login. */
function returnPath(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'from' in state &&
    typeof state.from === 'string'
  )
    return state.from;
  return STEP_PATHS.app;
}

/** Lets the routes below render only at this step of the session; elsewhere sends the user where they belong. */
export function SessionGate({ at }: { at: SessionStep }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  const step = sessionStep(me);
  if (step === at) return <Outlet />;
  if (step === 'login')
    return (
      <Navigate
        to={STEP_PATHS.login}
        replace
        state={{ from: location.pathname + location.search }}
      />
    );
  if (step === 'app' && at === 'login') return <Navigate to={returnPath(location.state)} replace />;
  return <Navigate to={STEP_PATHS[step]} replace />;
}
