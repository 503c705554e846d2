import { z } from 'zod';
import { roleSchema, workingGroupSchema } from './roles.ts';
import { permissionSchema } from './permissions.ts';
import { idSchema } from './common.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_HISTORY = 5;

/** MLPS 2.0 level 3: length, and at least three of the four character classes. */
export const passwordClasses = (password: string): number =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((p) => passwordClasses(p) >= 3, { message: 'password_classes' });

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,39}$/, { message: 'username' });

export const otpSchema = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/, { message: 'otp' });

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  otp: otpSchema.optional(),
});
export type LoginBody = z.infer<typeof loginSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
  })
  .refine((b) => b.currentPassword !== b.newPassword, {
    path: ['newPassword'],
    message: 'password_same',
  });

export const mfaConfirmSchema = z.strictObject({
  otp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: 'otp' }),
});
export const mfaDisableSchema = z.strictObject({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const grantViewSchema = z.object({
  id: idSchema,
  role: roleSchema,
  orgUnitId: idSchema,
  orgUnitCode: z.string(),
  orgUnitNameZh: z.string(),
  orgUnitNameEn: z.string(),
  workingGroup: workingGroupSchema.nullable(),
});
export type GrantView = z.infer<typeof grantViewSchema>;

export const meSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  orgUnitId: idSchema,
  mustChangePassword: z.boolean(),
  passwordExpiresAt: z.string().nullable(),
  mfaEnabled: z.boolean(),
  mfaRequired: z.boolean(),
  roles: z.array(grantViewSchema),
  permissions: z.array(permissionSchema),
  /** Org unit ids each permission reaches (the grant's unit and its subtree roots). */
  scopes: z.record(z.string(), z.array(idSchema)),
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
  /** The district's IANA time zone: every time the UI shows is read in it, whatever the browser's. */
  timeZone: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const mfaEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrDataUrl: z.string(),
});
export type MfaEnrolment = z.infer<typeof mfaEnrolmentSchema>;
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
