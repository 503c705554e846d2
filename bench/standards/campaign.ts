// The benchmark's second section: opening a campaign over 1,000 ports on SQLite, against writing the
// same rows with nothing evaluated. It needs a database and the modules, the engine section neither, so
// it has its own file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTransaction } from '../../server/src/platform/context.ts';
import { sessionRepository } from '../../server/src/platform/auth/session.repository.ts';
import { newId } from '../../server/src/platform/db/ids.ts';
import { campaignsService } from '../../server/src/modules/standards/campaigns.service.ts';
import { catalogsService } from '../../server/src/modules/standards/catalogs.service.ts';
import { contextFor, populateDistrict } from '../fixtures/district.ts';
import { fmt } from './measure.ts';

const CAMPAIGN_PORTS = 1_000;

/** Opens a campaign over 1,000 ports (facts, evaluation, explanations, one transaction of inserts) on SQLite. */
export async function sectionCampaign(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-bench-standards-'));
  try {
    const ctx = contextFor({ dialect: 'sqlite', file: path.join(dir, 'bench.db') }, dir);
    await populateDistrict(ctx, { ports: CAMPAIGN_PORTS, facilities: CAMPAIGN_PORTS * 25 });
    const office = await ctx.db
      .selectFrom('users')
      .select(['id', 'username', 'displayName', 'orgUnitId'])
      .where('username', '=', 'office')
      .executeTakeFirstOrThrow();
    const grants = await sessionRepository.activeGrants(ctx.db, office.id);
    const actor = {
      userId: office.id,
      username: office.username,
      displayName: office.displayName,
      orgUnitId: office.orgUnitId,
      grants,
      address: null,
      sessionId: 'bench',
    };
    const catalog = (
      await catalogsService.list(ctx, actor, { page: 1, pageSize: 10, sort: 'code' })
    ).items[0];
    const versionId = catalog?.versions.find((v) => v.status === 'published')?.id ?? '';
    const published = await catalogsService.publishedItems(ctx, versionId);
    const portIds = (
      await ctx.db.selectFrom('ports').select('id').orderBy('id').limit(CAMPAIGN_PORTS).execute()
    ).map((r) => r.id);
    const campaign = await campaignsService.create(ctx, actor, {
      code: 'BENCH-2027',
      nameZh: '基准评估',
      nameEn: 'Bench campaign',
      kind: 'annual',
      catalogVersionId: versionId,
      deadline: '2027-12-31',
      portIds,
    });
    const t0 = performance.now();
    await campaignsService.open(ctx, actor, campaign.id, campaign.version);
    const openMs = performance.now() - t0;
    const written = Number(
      (
        await ctx.db
          .selectFrom('assessmentItems')
          .innerJoin('assessments', 'assessments.id', 'assessmentItems.assessmentId')
          .where('assessments.campaignId', '=', campaign.id)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    // Baseline: the same number of rows written in one transaction, with nothing evaluated.
    const items = published?.items ?? [];
    const now = Date.now();
    const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
    const shadow = await campaignsService.create(ctx, actor, {
      code: 'BENCH-SHADOW',
      nameZh: '基准对照',
      nameEn: 'Bench shadow',
      kind: 'annual',
      catalogVersionId: versionId,
      deadline: '2027-12-31',
      portIds: portIds.slice(0, 1),
    });
    const t1 = performance.now();
    await inTransaction(ctx, async (tx) => {
      for (let i = 0; i < portIds.length; i += 20) {
        const chunk = portIds.slice(i, i + 20);
        const assessments = chunk.map((portId) => ({
          id: newId(),
          campaignId: shadow.id,
          portId,
          status: 'draft',
          submittedAt: null,
          submittedBy: null,
          approvedAt: null,
          approvedBy: null,
          reopenRequestedAt: null,
          reopenRequestedBy: null,
          reopenReason: null,
          ...stamp,
        }));
        await tx.insertInto('assessments').values(assessments).execute();
        const rows = assessments.flatMap((a) =>
          items.map((item) => ({
            id: newId(),
            assessmentId: a.id,
            catalogItemId: item.id,
            itemCode: item.code,
            aspect: item.aspect,
            importance: item.importance,
            weight: item.weight,
            automatic: item.measureExpr === null ? 0 : 1,
            result: null,
            grade: null,
            requiredValue: null,
            presentValue: null,
            presentBool: null,
            explanationJson: null,
            errorMessage: null,
            naReason: null,
            note: null,
            returnComment: null,
            answeredBy: null,
            answeredAt: null,
            evaluatedAt: null,
            ...stamp,
          })),
        );
        for (let j = 0; j < rows.length; j += 300)
          await tx
            .insertInto('assessmentItems')
            .values(rows.slice(j, j + 300))
            .execute();
      }
    });
    const insertMs = performance.now() - t1;
    await ctx.database.close();
    process.stdout.write(
      `\nOpening a campaign on SQLite: ${portIds.length} ports × ${items.length} items of the default catalog (${written} assessment items written)\n` +
        `  open (facts, evaluation, explanations, inserts in one transaction): ${fmt(openMs / 1000, 2)} s   target: under 10 s\n` +
        `  baseline, the same rows inserted with nothing evaluated: ${fmt(insertMs / 1000, 2)} s   ratio open / insert-only: ${fmt(openMs / insertMs, 2)}×\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
