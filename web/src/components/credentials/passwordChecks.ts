import { PASSWORD_MIN_LENGTH, passwordClasses } from '@contracts';

export type PasswordCheck = { key: 'length' | 'classes' | 'different' | 'confirmed'; met: boolean };

/** The rules a new password must meet, each with whether it is met yet; the limits come from contracts. */
export function passwordChecks(
  password: string,
  current: string | undefined,
  confirmation: string | undefined,
): PasswordCheck[] {
  const checks: PasswordCheck[] = [
    { key: 'length', met: password.length >= PASSWORD_MIN_LENGTH },
    { key: 'classes', met: passwordClasses(password) >= 3 },
  ];
  if (current !== undefined)
    checks.push({ key: 'different', met: password.length > 0 && password !== current });
  if (confirmation !== undefined)
    checks.push({ key: 'confirmed', met: password.length > 0 && password === confirmation });
  return checks;
}

export const passwordAcceptable = (password: string): boolean =>
  passwordChecks(password, undefined, undefined).every((c) => c.met);
