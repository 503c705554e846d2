import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Task, TaskCounts } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { actorOf, createWorld, unitOf, type World } from '../../../test/factories.ts';
import { sheetRows } from '../../../test/xlsx-upload.ts';
import { inTransaction } from '../context.ts';
import { addDays } from '../dates.ts';
import type { TaskOpening } from './work-queue.ts';

describe.skipIf(!dbAvailable)('work queue', () => {
  let t: TestApp;
  let w: World;
  let portUnit: string;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    portUnit = (await unitOf(t, w.port)).id;
  });
  afterEach(async () => t.close());

  const today = () => t.ctx.today();
  const task = (overrides: Partial<TaskOpening> = {}): TaskOpening => ({
    kind: 'assessment.fill',
    subject: { type: 'assessment', id: 'a-1' },
    unitId: portUnit,
    permission: 'assessment.fill',
    title: { zh: '东港 · 摸底调查', en: 'East · Baseline' },
    link: '/standards/assessments/a-1',
    dueDate: addDays(today(), 3),
    ...overrides,
  });
  const open = (...tasks: TaskOpening[]) =>
    inTransaction(t.ctx, (tx) => t.ctx.work.openMany(tx, tasks));
  const mine = async (username: string, view = 'mine') =>
    (await (await login(t, username)).get(`/api/v1/work/tasks?view=${view}`)).json<Page<Task>>();

  it("shows a role's task to everyone holding the permission over the record, and to no one else", async () => {
    await open(task());
    for (const who of [w.accounts.portOfficer, w.accounts.branchOfficer])
      expect((await mine(who)).items.map((i) => i.titleEn)).toEqual(['East · Baseline']);
    for (const who of [w.accounts.otherBranchOfficer, w.accounts.office, w.accounts.staff])
      expect((await mine(who)).total).toBe(0);
    // The office oversees the district: the task is its units' work, not its own.
    const unit = await mine(w.accounts.office, 'unit');
    expect(unit.items).toMatchObject([
      { kind: 'assessment.fill', personal: false, unitNameZh: w.port.nameZh, overdue: false },
    ]);
    expect((await mine(w.accounts.otherBranchOfficer, 'unit')).total).toBe(0);
  });

  it('opens a task once, closes it for good, and opens a new one when the work comes back', async () => {
    await open(task(), task());
    expect(await t.ctx.db.selectFrom('tasks').select('id').execute()).toHaveLength(1);
    const closed = await inTransaction(t.ctx, (tx) => t.ctx.work.close(tx, { subjectId: 'a-1' }));
    expect(closed).toBe(1);
    expect((await mine(w.accounts.portOfficer)).total).toBe(0);
    await open(task());
    const rows = await t.ctx.db.selectFrom('tasks').select(['closedAt', 'closeReason']).execute();
    expect(rows.map((r) => r.closeReason).sort()).toEqual(['done', null]);
  });

  it("gives a working group's task to that group's members only", async () => {
    await open(
      task({
        kind: 'assessment.review',
        permission: 'assessment.review',
        workingGroup: 'FACILITY',
        subject: { type: 'assessment', id: 'a-1', key: 'FACILITY' },
      }),
    );
    expect((await mine(w.accounts.wgFacility)).total).toBe(1);
    expect((await mine(w.accounts.wgSystem)).total).toBe(0);
  });

  it('refuses to give a task to an account that cannot act on its record, and writes nothing', async () => {
    const outsider = await actorOf(t, w.accounts.otherBranchOfficer);
    await expect(open(task({ userId: outsider.userId }))).rejects.toMatchObject({
      code: 'TASK_ASSIGNEE_OUT_OF_SCOPE',
      status: 422,
    });
    const reviewer = await actorOf(t, w.accounts.wgSystem);
    await expect(
      open(
        task({
          permission: 'assessment.review',
          workingGroup: 'FACILITY',
          userId: reviewer.userId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'TASK_ASSIGNEE_OUT_OF_SCOPE' });
    expect(await t.ctx.db.selectFrom('tasks').select('id').execute()).toEqual([]);
    const owner = await actorOf(t, w.accounts.portOfficer);
    await open(task({ userId: owner.userId }));
    expect((await mine(w.accounts.portOfficer)).items[0]?.personal).toBe(true);
    // Given to one account, it is that account's alone.
    expect((await mine(w.accounts.branchOfficer)).total).toBe(0);
  });

  it('counts each view, overdue and due this week by the calendar, soonest first', async () => {
    await open(
      task({ subject: { type: 'assessment', id: 'late' }, dueDate: addDays(today(), -1) }),
      task({ subject: { type: 'assessment', id: 'soon' }, dueDate: addDays(today(), 6) }),
      task({ subject: { type: 'assessment', id: 'later' }, dueDate: addDays(today(), 7) }),
      task({ subject: { type: 'assessment', id: 'undated' }, dueDate: null }),
    );
    const officer = await login(t, w.accounts.portOfficer);
    expect((await officer.get('/api/v1/work/counts')).json<TaskCounts>()).toEqual({
      mine: 4,
      unit: 4,
      overdue: 1,
      week: 1,
    });
    const list = (await officer.get('/api/v1/work/tasks?pageSize=3')).json<Page<Task>>();
    expect(list.total).toBe(4);
    expect(list.items.map((i) => [i.dueDate, i.overdue])).toEqual([
      [addDays(today(), -1), true],
      [addDays(today(), 6), false],
      [addDays(today(), 7), false],
    ]);
    const rest = (await officer.get('/api/v1/work/tasks?pageSize=3&page=2')).json<Page<Task>>();
    expect(rest.items.map((i) => i.dueDate)).toEqual([null]);
  });

  it('exports a view as a workbook with names, not codes', async () => {
    await open(task());
    const res = await (
      await login(t, w.accounts.portOfficer)
    ).get('/api/v1/work/tasks/export', {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    const [header, row] = await sheetRows(res.rawPayload);
    expect(header).toEqual(['Task', 'Concerning', 'Unit', 'Due', 'Overdue', 'Opened']);
    expect(row?.slice(0, 4)).toEqual([
      'Fill in the assessment',
      'East · Baseline',
      w.port.nameEn,
      addDays(today(), 3),
    ]);
  });
});
