import {
  newPasswordSchema,
  roleSchema,
  usernameSchema,
  workingGroupSchema,
} from '../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../platform/context.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../platform/audit/audit.ts';
import { sessionRepository } from '../platform/auth/session.repository.ts';
import { authRepository } from '../modules/auth/auth.repository.ts';
import { orgService } from '../modules/org/org.service.ts';
import { accountSteps } from '../modules/users/users.accounts.ts';
import { AppError } from '../platform/errors/errors.ts';
import { failure, readStdin, usage } from './io.ts';

const CLI_ACTOR: AuditActor = { ...SYSTEM_ACTOR, actorUsername: 'cli' };

async function readPassword(): Promise<string> {
  const password = await readStdin();
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success)
    throw usage(
      'password: at least 10 characters mixing three of upper case, lower case, digits and symbols',
    );
  return password;
}

export async function createUserCommand(
  ctx: AppContext,
  flags: Record<string, string | boolean | undefined>,
): Promise<string> {
  const username = usernameSchema.safeParse(flags.username);
  if (!username.success) throw usage('--username: 3–40 of a-z 0-9 . _ -, starting with a letter');
  const role = roleSchema.safeParse(flags.role);
  if (!role.success) throw usage(`--role: one of ${roleSchema.options.join(', ')}`);
  if (typeof flags.org !== 'string') throw usage('--org: the code of an org unit');
  const group = flags.group === undefined ? null : workingGroupSchema.safeParse(flags.group);
  if (group && !group.success)
    throw usage(`--group: one of ${workingGroupSchema.options.join(', ')}`);
  if ((role.data === 'wg_member') !== (group !== null))
    throw usage('--group is required for wg_member and taken by no other role');
  const unit = await orgService.findByCode(ctx, flags.org);
  if (!unit || unit.status !== 'active') throw failure(`no active org unit with code ${flags.org}`);
  const password = await readPassword();
  const passwordHash = await ctx.passwords.hash(password);
  try {
    await inTransaction(ctx, async (tx) => {
      const id = await accountSteps.create(ctx, tx, CLI_ACTOR, {
        username: username.data,
        displayName: typeof flags.name === 'string' ? flags.name : username.data,
        orgUnitId: unit.id,
        passwordHash,
        mustChangePassword: true,
      });
      await accountSteps.grant(ctx, tx, CLI_ACTOR, id, role.data, unit.id, group?.data ?? null);
    });
  } catch (error) {
    if (error instanceof AppError) throw failure(error.text.en);
    throw error;
  }
  return `created ${username.data} (${role.data} at ${unit.code}); the password must be changed at first login`;
}

export async function resetPasswordCommand(
  ctx: AppContext,
  flags: Record<string, string | boolean | undefined>,
): Promise<string> {
  if (typeof flags.username !== 'string') throw usage('--username is required');
  const user = await authRepository.findByUsername(ctx.db, flags.username);
  if (!user) throw failure(`no account named ${flags.username}`);
  const password = await readPassword();
  const hashed = await ctx.passwords.hash(password);
  await inTransaction(ctx, async (tx) => {
    const now = ctx.clock();
    await authRepository.setPassword(tx, user.id, hashed, now, true);
    await authRepository.unlock(tx, user.id, now);
    if (flags['reset-mfa'] === true) await authRepository.disableMfa(tx, user.id, now);
    await sessionRepository.revokeAllFor(tx, user.id, now);
    await ctx.audit.append(tx, CLI_ACTOR, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      after: { via: 'cli', mfaReset: flags['reset-mfa'] === true },
    });
  });
  return `password of ${user.username} reset; it must be changed at next login${flags['reset-mfa'] === true ? '; second factor removed' : ''}`;
}
