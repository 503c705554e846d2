import { inTransaction, type AppContext } from '../../platform/context.ts';
import { certificationRenewalsRepository } from './certification-renewals.repository.ts';
import { addDays } from '../../platform/dates.ts';

/** Days before a certification lapses at which its port is asked to renew it: first notice, reminder, last call. */
export const RENEWAL_NOTICE_DAYS = [90, 30, 7] as const;

/** The notice a certification lapsing on `expiry` is due on `today`: the nearest threshold it has passed. */
export const noticeFor = (today: string, expiry: string): number | null =>
  [...RENEWAL_NOTICE_DAYS].reverse().find((days) => expiry <= addDays(today, days)) ?? null;

/**
 * The daily renewal round: each facility whose certification lapses within 90 days gets one task for its
 * port's keepers, replaced by the 30-day and then the 7-day notice as the date comes near (a lapsed one keeps
 * the last). Recording the renewal closes it (see facilitiesService.certify).
 */
export async function openRenewalTasks(ctx: AppContext): Promise<{ open: number }> {
  const today = ctx.today();
  const rows = await certificationRenewalsRepository.lapsing(
    ctx.db,
    addDays(today, RENEWAL_NOTICE_DAYS[0]),
  );
  await inTransaction(ctx, async (tx) => {
    for (const r of rows) {
      const days = noticeFor(today, r.expiry);
      if (days === null) continue;
      const key = String(days);
      // A nearer notice replaces the earlier one; the same notice again is a no-op.
      for (const earlier of RENEWAL_NOTICE_DAYS.filter((d) => d > days))
        await ctx.work.close(tx, {
          subjectId: r.id,
          kinds: ['certification.renew'],
          key: String(earlier),
          reason: 'cancelled',
        });
      await ctx.work.open(tx, {
        kind: 'certification.renew',
        subject: { type: 'facility', id: r.id, key },
        unitId: r.unitId,
        permission: 'facility.write',
        title: {
          zh: `${r.portNameZh} · ${r.typeNameZh}（${r.functionalArea}）· ${r.expiry} 到期`,
          en: `${r.portNameEn} · ${r.typeNameEn} (${r.functionalArea}) · lapses ${r.expiry}`,
        },
        link: '/certifications',
        dueDate: r.expiry,
      });
    }
  });
  return { open: rows.length };
}
