import type { SecurityPolicy } from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { addressInRanges } from '../../platform/access/network.ts';
import { AppError } from '../../platform/errors/errors.ts';

export const securityService = {
  get: (ctx: AppContext) => ctx.policy.readIn(ctx.db),

  async update(ctx: AppContext, actor: Actor, input: SecurityPolicy & { version: number }) {
    const { version, ...policy } = input;
    // Refuse a management network that would shut out the administrator making the change.
    if (policy.adminNetworks.length > 0 && !addressInRanges(actor.address, policy.adminNetworks)) {
      throw new AppError(
        'ADMIN_NETWORK_EXCLUDES_YOU',
        422,
        {
          zh: '管理网络未包含您当前的地址，保存后您将无法登录',
          en: 'The management network does not include your own address; you would be locked out',
        },
        {
          adminNetworks: {
            zh: `须包含 ${actor.address ?? ''}`,
            en: `must include ${actor.address ?? ''}`,
          },
        },
      );
    }
    await inTransaction(ctx, async (tx) => {
      const before = await ctx.policy.readIn(tx);
      await ctx.policy.write(tx, policy, version, actor.userId);
      await ctx.audit.append(tx, actor, {
        action: 'security.policy_update',
        entityType: 'setting',
        entityId: 'security_policy',
        before,
        after: { ...policy, version: version + 1 },
      });
    });
    ctx.policy.invalidate();
    return ctx.policy.readIn(ctx.db);
  },
};
