// Notifications and the mail outbox: the platform keeps them, every module tells people through them.
import type {
  EmailMode,
  InAppMode,
  MailLocale,
  MailStatus,
} from '../../../../../contracts/index.ts';

export type NotificationSettingTable = {
  userId: string;
  email: string | null;
  locale: MailLocale;
  inApp: InAppMode;
  emailMode: EmailMode;
  updatedAt: number;
};

export type NotificationTable = {
  id: string;
  userId: string;
  kind: string;
  sourceKey: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  link: string;
  createdAt: number;
  readAt: number | null;
  mailState: 'none' | 'digest' | 'mailed';
};

export type MailOutboxTable = {
  id: string;
  userId: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  dedupeKey: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: number;
  leaseUntil: number | null;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
};
