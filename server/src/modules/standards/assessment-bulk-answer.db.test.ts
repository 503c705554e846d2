import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { assessmentOf, createStandardsWorld, type StandardsWorld } from './standards.test-world.ts';

type Item = Assessment['items'][number];

/** Answering many items of an assessment at once: all of them or none, with the same trail as one by one. */
describe.skipIf(!dbAvailable)('bulk answers', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let branch: Agent;
  let assessmentId: string;
  let otherAssessmentId: string;
  const read = async () =>
    (await branch.get(`/api/v1/assessments/${assessmentId}`)).json<Assessment>();
  const manual = (a: Assessment) => a.items.filter((i) => !i.automatic);
  const snapshot = (items: Item[]) =>
    items.map((i) => ({ id: i.id, version: i.version, result: i.result, note: i.note }));
  const answersLogged = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('auditLog')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'assessment.item.answer')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    branch = await login(t, w.accounts.branchOfficer);
    assessmentId = await assessmentOf(t, w.campaign, w.grainPort);
    otherAssessmentId = await assessmentOf(t, w.campaign, w.port);
  });
  afterAll(async () => t?.close());

  it('answers the selection with one result, grade and note, and logs each item', async () => {
    const before = await read();
    const chosen = manual(before).slice(0, 3);
    expect(chosen).toHaveLength(3);
    const logged = await answersLogged();
    const res = await branch.post(`/api/v1/assessments/${assessmentId}/answers`, {
      items: chosen.map((i) => ({ itemId: i.id, version: i.version })),
      result: 'non_compliant',
      grade: 'minor',
      note: '  现场核查：记录不全  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<Assessment>();
    for (const c of chosen) {
      const item = after.items.find((i) => i.id === c.id)!;
      expect(item).toMatchObject({
        result: 'non_compliant',
        grade: 'minor',
        note: '现场核查：记录不全',
        version: c.version + 1,
      });
    }
    // Nothing else moved.
    const rest = after.items.filter((i) => !chosen.some((c) => c.id === i.id));
    expect(snapshot(rest)).toEqual(
      snapshot(before.items.filter((i) => !chosen.some((c) => c.id === i.id))),
    );
    expect(await answersLogged()).toBe(logged + 3);
  });

  it('refuses the whole selection when one item is stale, automatic or of another assessment', async () => {
    const before = await read();
    const [a, b] = manual(before).slice(3, 5);
    const automatic = before.items.find((i) => i.automatic)!;
    const other = manual(
      (await branch.get(`/api/v1/assessments/${otherAssessmentId}`)).json<Assessment>(),
    )[0]!;
    const logged = await answersLogged();
    const send = (items: { itemId: string; version: number }[]) =>
      branch.post(`/api/v1/assessments/${assessmentId}/answers`, {
        items,
        result: 'compliant',
      });

    const stale = await send([
      { itemId: a!.id, version: a!.version },
      { itemId: b!.id, version: b!.version + 1 },
    ]);
    expect(stale.statusCode).toBe(409);

    const auto = await send([
      { itemId: a!.id, version: a!.version },
      { itemId: automatic.id, version: automatic.version },
    ]);
    expect(auto.statusCode).toBe(422);
    expect(auto.json()).toMatchObject({ error: { code: 'ASSESSMENT_ITEM_AUTOMATIC' } });
    expect(
      auto.json<{ error: { fields: Record<string, string> } }>().error.fields['items.1.itemId'],
    ).toContain(automatic.itemCode);

    const elsewhere = await send([
      { itemId: a!.id, version: a!.version },
      { itemId: other.id, version: other.version },
    ]);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({
      error: {
        code: 'ASSESSMENT_ITEM_OTHER_ASSESSMENT',
        fields: { 'items.1.itemId': expect.any(String) },
      },
    });

    expect(snapshot((await read()).items)).toEqual(snapshot(before.items));
    expect(await answersLogged()).toBe(logged);
  });

  it('names the field in both languages when the answer itself is incomplete', async () => {
    const [a] = manual(await read()).slice(5, 6);
    const body = { items: [{ itemId: a!.id, version: a!.version }], result: 'partial' };
    const zh = await branch.post(`/api/v1/assessments/${assessmentId}/answers`, body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json<{ error: { fields: Record<string, string> } }>().error.fields.grade).toContain(
      '问题等级',
    );
    const en = await branch.post(`/api/v1/assessments/${assessmentId}/answers`, body, {
      'accept-language': 'en',
    });
    expect(en.json<{ error: { fields: Record<string, string> } }>().error.fields.grade).toContain(
      'grade',
    );
    const twice = await branch.post(`/api/v1/assessments/${assessmentId}/answers`, {
      items: [
        { itemId: a!.id, version: a!.version },
        { itemId: a!.id, version: a!.version },
      ],
      result: 'compliant',
    });
    expect(twice.statusCode).toBe(400);
    expect(
      twice.json<{ error: { fields: Record<string, string> } }>().error.fields.items,
    ).toContain('重复');
  });

  it('is not open to a branch that cannot see the port', async () => {
    const [a] = manual(await read()).slice(6, 7);
    const outsider = await login(t, w.accounts.otherBranchOfficer);
    const res = await outsider.post(`/api/v1/assessments/${assessmentId}/answers`, {
      items: [{ itemId: a!.id, version: a!.version }],
      result: 'compliant',
    });
    expect(res.statusCode).toBe(404);
  });
});
