import type {
  FacilityType,
  FacilityTypeCreate,
  FacilityTypeUpdate,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { writeJson } from '../../platform/db/values.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import { portsService } from '../ports/ports.service.ts';
import { facilityError } from './facilities.errors.ts';
import { referencePolicy } from './facilities.policy.ts';
import { presentFacilityType } from './facilities.presenter.ts';
import { facilitiesRepository } from './facilities.repository.ts';

async function checkCategories(ctx: AppContext, codes: readonly string[]) {
  const known = await portsService.existingCategories(ctx, codes);
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0)
    throw facilityError('FACILITY_CATEGORY_UNKNOWN', {
      applicableCategories: {
        zh: `不存在：${unknown.join('、')}`,
        en: `unknown: ${unknown.join(', ')}`,
      },
    });
}

/** The facility type catalog: reference data the FACILITY working group keeps, read by every ledger screen. */
export const facilityTypesService = {
  async types(ctx: AppContext, actor: Actor): Promise<FacilityType[]> {
    return (await facilitiesRepository.types(ctx.db)).map((t) => presentFacilityType(t, actor));
  },

  async createType(
    ctx: AppContext,
    actor: Actor,
    input: FacilityTypeCreate,
  ): Promise<FacilityType> {
    if (!referencePolicy.write(actor)) throw forbidden();
    await checkCategories(ctx, input.applicableCategories);
    const now = ctx.clock();
    const { applicableCategories, ...rest } = input;
    const row = {
      ...rest,
      applicableCategoriesJson: writeJson([...new Set(applicableCategories)]) ?? '[]',
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      if (await facilitiesRepository.findType(tx, input.code))
        throw facilityError('FACILITY_TYPE_CODE_TAKEN', {
          code: { zh: '代码已存在', en: 'already in use' },
        });
      await facilitiesRepository.insertType(tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'reference.facility_type.create',
        entityType: 'facility_type',
        entityId: input.code,
        after: { ...input },
      });
    });
    return presentFacilityType(row, actor);
  },

  async updateType(
    ctx: AppContext,
    actor: Actor,
    code: string,
    input: FacilityTypeUpdate,
  ): Promise<FacilityType> {
    if (!referencePolicy.write(actor)) throw forbidden();
    const before = await facilitiesRepository.findType(ctx.db, code);
    if (!before) throw notFound();
    await checkCategories(ctx, input.applicableCategories);
    const { version, applicableCategories, ...rest } = input;
    const changes = {
      ...rest,
      applicableCategoriesJson: writeJson([...new Set(applicableCategories)]) ?? '[]',
    };
    await inTransaction(ctx, async (tx) => {
      await facilitiesRepository.updateType(tx, code, version, changes, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'reference.facility_type.update',
        entityType: 'facility_type',
        entityId: code,
        before: { ...before },
        after: { ...input },
      });
    });
    const after = await facilitiesRepository.findType(ctx.db, code);
    if (!after) throw notFound();
    return presentFacilityType(after, actor);
  },
};
