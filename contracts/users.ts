import { z } from 'zod';
import { abilitiesSchema, idSchema, paginationQuerySchema, versionSchema } from './common.ts';
import { newPasswordSchema, usernameSchema, grantViewSchema } from './auth.ts';
import { roleSchema, workingGroupSchema } from './roles.ts';

export const USER_STATUSES = ['active', 'disabled', 'archived'] as const;
export const userStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof userStatusSchema>;
export const USER_STATUS_LABELS: Record<UserStatus, { zh: string; en: string }> = {
  active: { zh: '在用', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
  archived: { zh: '已归档', en: 'Archived' },
};

const grantFields = {
  role: roleSchema,
  orgUnitId: idSchema,
  workingGroup: workingGroupSchema.nullable().default(null),
};
const workingGroupRule = <T extends { role: string; workingGroup: string | null }>(g: T) =>
  (g.role === 'wg_member') === (g.workingGroup !== null);

export const grantCreateSchema = z
  .strictObject({ userId: idSchema, ...grantFields })
  .refine(workingGroupRule, { path: ['workingGroup'], message: 'working_group' });
export type GrantCreate = z.infer<typeof grantCreateSchema>;

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  orgUnitId: idSchema,
  initialPassword: newPasswordSchema,
  /** The account's first business role; further and administrative grants are the security administrator's. */
  initialRole: z
    .strictObject(grantFields)
    .refine(workingGroupRule, { path: ['workingGroup'], message: 'working_group' })
    .optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.strictObject({
  version: versionSchema,
  displayName: z.string().trim().min(1).max(100),
  orgUnitId: idSchema,
});

export const userStatusChangeSchema = z.strictObject({
  version: versionSchema,
  status: userStatusSchema,
  reason: z.string().trim().min(2).max(500),
});

export const resetPasswordSchema = z.strictObject({
  version: versionSchema,
  newPassword: newPasswordSchema,
});
export const versionBodySchema = z.strictObject({ version: versionSchema });

export const userListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  orgUnitId: idSchema.optional(),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
  sort: z
    .enum([
      'username',
      '-username',
      'displayName',
      'createdAt',
      '-createdAt',
      'lastLoginAt',
      '-lastLoginAt',
    ])
    .default('username'),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  orgUnitId: idSchema,
  orgUnitCode: z.string(),
  orgUnitNameZh: z.string(),
  orgUnitNameEn: z.string(),
  status: userStatusSchema,
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
  roles: z.array(grantViewSchema),
  version: z.number().int(),
  createdAt: z.string(),
  can: abilitiesSchema,
});
export type User = z.infer<typeof userSchema>;

export const grantRevokeSchema = z.strictObject({ reason: z.string().trim().min(2).max(500) });
