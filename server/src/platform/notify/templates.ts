import type { MailLocale } from '../../../../contracts/index.ts';
import { MAIL_LOCALES } from '../../../../contracts/index.ts';

/** One language of a mail: its subject and plain-text body, from the template's values. */
export type MailText<P> = { subject: (p: P) => string; text: (p: P) => string };
/** A mail in every language the product writes; a missing language is refused when the template is defined. */
export type MailTemplate<P> = { name: string } & Record<MailLocale, MailText<P>>;

export class TemplateError extends Error {}

/**
 * Checks a template has every language before anything can send it: a mail a person cannot read is worse
 * than none, and finding out at the first send would lose that mail.
 */
export function defineTemplate<P>(
  name: string,
  texts: Partial<Record<MailLocale, Partial<MailText<P>>>>,
): MailTemplate<P> {
  const missing = MAIL_LOCALES.filter(
    (l) => typeof texts[l]?.subject !== 'function' || typeof texts[l]?.text !== 'function',
  );
  if (missing.length > 0)
    throw new TemplateError(`mail template "${name}" has no ${missing.join(', ')} text`);
  return { name, ...(texts as Record<MailLocale, MailText<P>>) };
}

export const render = <P>(template: MailTemplate<P>, locale: MailLocale, values: P) => ({
  subject: template[locale].subject(values),
  text: template[locale].text(values),
});

const SIGN_OFF = {
  zh: '\n\n——\n国门 · 口岸动植物检疫规范化建设平台\n此邮件由系统发送，请勿直接回复。可在“账号 → 通知设置”中调整提醒方式。',
  en: '\n\n--\nGuomen · port quarantine standardisation\nSent by the system; please do not reply. Change how you are told under Account → Notifications.',
};

export type NoticeValues = { title: string; body: string; url: string };

/** A single notification: a task handed to the reader, a warning, a reminder. */
export const NOTICE = defineTemplate<NoticeValues>('notice', {
  zh: {
    subject: (p) => `【国门】${p.title}`,
    text: (p) => `${p.title}\n\n${p.body}\n\n办理：${p.url}${SIGN_OFF.zh}`,
  },
  en: {
    subject: (p) => `[Guomen] ${p.title}`,
    text: (p) => `${p.title}\n\n${p.body}\n\nOpen: ${p.url}${SIGN_OFF.en}`,
  },
});

export type DigestValues = { day: string; items: { title: string; url: string }[] };

/** The morning digest of what arrived since the last one. */
export const DIGEST = defineTemplate<DigestValues>('digest', {
  zh: {
    subject: (p) => `【国门】${p.day} 通知汇总（${p.items.length} 条）`,
    text: (p) =>
      `以下是 ${p.day} 汇总的 ${p.items.length} 条通知：\n\n${p.items
        .map((i, n) => `${n + 1}. ${i.title}\n   ${i.url}`)
        .join('\n')}${SIGN_OFF.zh}`,
  },
  en: {
    subject: (p) => `[Guomen] Digest for ${p.day} (${p.items.length})`,
    text: (p) =>
      `${p.items.length} notifications for ${p.day}:\n\n${p.items
        .map((i, n) => `${n + 1}. ${i.title}\n   ${i.url}`)
        .join('\n')}${SIGN_OFF.en}`,
  },
});

export type TestValues = { sender: string };

/** What the system administrator sends to check the mail set-up. */
export const TEST_MAIL = defineTemplate<TestValues>('test', {
  zh: {
    subject: () => '【国门】测试邮件',
    text: (p) => `这是 ${p.sender} 发送的测试邮件：收到即说明邮件发送配置正常。${SIGN_OFF.zh}`,
  },
  en: {
    subject: () => '[Guomen] Test mail',
    text: (p) =>
      `A test mail sent by ${p.sender}: if it reached you, mail delivery works.${SIGN_OFF.en}`,
  },
});
