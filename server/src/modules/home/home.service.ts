import type { HomeSummary } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { toIsoOrNull } from '../../platform/db/values.ts';
import { orgService } from '../org/org.service.ts';
import { usersService } from '../users/users.service.ts';
import { auditService } from '../audit/audit.service.ts';
import { facilitiesService } from '../facilities/facilities.service.ts';
import { findingsService } from '../standards/findings.service.ts';
import { homeRepository } from './home.repository.ts';

const DAY = 86_400_000;

/** Each figure comes from the module that owns it, and only within what the caller may see. */
export const homeService = {
  async summary(ctx: AppContext, actor: Actor): Promise<HomeSummary> {
    const now = ctx.clock();
    const seesOrg = hasPermission(actor, 'org.read');
    const seesUsers = hasPermission(actor, 'user.read');
    const seesAudit = hasPermission(actor, 'audit.read');
    const orgUnitsByKind = seesOrg ? await orgService.countByKind(ctx, actor) : {};
    const users = seesUsers ? await usersService.countActive(ctx, actor) : null;
    const activeSessions = seesUsers ? await homeRepository.activeSessions(ctx.db, now) : null;
    const since = now - 6 * DAY - (now % DAY);
    const days = Array.from({ length: 7 }, (_, i) =>
      new Date(since + i * DAY).toISOString().slice(0, 10),
    );
    const counts = new Map(days.map((d) => [d, { date: d, success: 0, failure: 0 }]));
    if (seesAudit || seesUsers) {
      for (const e of await auditService.loginsByDay(ctx, since)) {
        const day = counts.get(new Date(e.at).toISOString().slice(0, 10));
        if (day) day[e.action === 'auth.login' ? 'success' : 'failure'] += 1;
      }
    }
    return {
      orgUnitsByKind,
      activeUsers: users?.active ?? null,
      lockedUsers: users?.locked ?? null,
      activeSessions,
      loginsLast7Days: seesAudit || seesUsers ? [...counts.values()] : null,
      myLastLogin: toIsoOrNull(await homeRepository.previousLogin(ctx.db, actor.userId)),
      auditRowsLast24h: seesAudit ? await auditService.countSince(ctx, now - DAY) : null,
      certifications: hasPermission(actor, 'facility.read')
        ? await facilitiesService.certificationCounts(ctx, actor)
        : null,
      overdueFindings: hasPermission(actor, 'finding.read')
        ? await findingsService.overdueCounts(ctx, actor)
        : null,
    };
  },
};
