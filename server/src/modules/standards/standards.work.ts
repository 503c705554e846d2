import { ASPECT_LABELS, ASPECT_WORKING_GROUP, type Aspect } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { addDays } from '../../platform/dates.ts';
import type { TaskOpening } from '../../platform/work/work-queue.ts';

/*
 * The tasks the standardisation cycle hands out. Each step opens the work it creates and closes the work it
 * finishes in its own transaction, so the queue never disagrees with the records.
 */

/** Days the programme gives a working group to review a submitted aspect, the office to approve, the leadership to decide a reopen request. */
export const REVIEW_DAYS = 10;
export const APPROVAL_DAYS = 5;
export const REOPEN_DECISION_DAYS = 5;

/** What a task needs to know of an assessment: the port it is for and the campaign it belongs to. */
export type AssessmentRef = {
  id: string;
  path: string;
  portNameZh: string;
  portNameEn: string;
  campaignNameZh: string;
  campaignNameEn: string;
  deadline: string;
};

/** The port's org unit: the last segment of its path. */
const unitOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

const titleOf = (a: AssessmentRef, suffix?: { zh: string; en: string }) => ({
  zh: `${a.portNameZh} · ${a.campaignNameZh}${suffix ? ` · ${suffix.zh}` : ''}`,
  en: `${a.portNameEn} · ${a.campaignNameEn}${suffix ? ` · ${suffix.en}` : ''}`,
});

const linkOf = (a: Pick<AssessmentRef, 'id'>) => `/standards/assessments/${a.id}`;

/** What a task needs to know of a finding: its port, the requirement it falls short of, its owner and due date. */
export type FindingRef = {
  id: string;
  assessmentId: string;
  path: string;
  aspect: Aspect;
  portNameZh: string;
  portNameEn: string;
  titleZh: string;
  titleEn: string;
  ownerId: string | null;
  dueDate: string | null;
};

/** A finding's task opens the findings list with that finding's drawer open. */
const findingLink = (f: Pick<FindingRef, 'id'>) => `/standards/findings?finding=${f.id}`;

const findingTitle = (f: FindingRef) => ({
  zh: `${f.portNameZh} · ${f.titleZh}`,
  en: `${f.portNameEn} · ${f.titleEn}`,
});

const fillTask = (
  a: AssessmentRef,
  kind: 'assessment.fill' | 'assessment.resubmit',
): TaskOpening => ({
  kind,
  subject: { type: 'assessment', id: a.id },
  unitId: unitOf(a.path),
  permission: 'assessment.fill',
  title: titleOf(a),
  link: linkOf(a),
  dueDate: a.deadline,
});

export const standardsWork = {
  /** A campaign opened: each port's officers fill its assessment by the deadline. */
  async campaignOpened(ctx: AppContext, tx: Tx, assessments: readonly AssessmentRef[]) {
    await ctx.work.openMany(
      tx,
      assessments.map((a) => fillTask(a, 'assessment.fill')),
    );
  },

  /** Submitted: filling is done; each aspect not yet accepted goes to its working group. */
  async submitted(ctx: AppContext, tx: Tx, a: AssessmentRef, toReview: readonly Aspect[]) {
    await ctx.work.close(tx, {
      subjectId: a.id,
      kinds: ['assessment.fill', 'assessment.resubmit'],
    });
    const due = addDays(ctx.today(), REVIEW_DAYS);
    await ctx.work.openMany(
      tx,
      toReview.map((aspect) => ({
        kind: 'assessment.review',
        subject: { type: 'assessment', id: a.id, key: aspect },
        unitId: unitOf(a.path),
        permission: 'assessment.review',
        workingGroup: ASPECT_WORKING_GROUP[aspect],
        title: titleOf(a, ASPECT_LABELS[aspect]),
        link: linkOf(a),
        dueDate: due,
      })),
    );
  },

  /** An aspect returned: the assessment is a draft again, so every review waits for the port's resubmission. */
  async aspectReturned(ctx: AppContext, tx: Tx, a: AssessmentRef, aspect: Aspect) {
    await ctx.work.close(tx, { subjectId: a.id, kinds: ['assessment.review'], key: aspect });
    await ctx.work.close(tx, {
      subjectId: a.id,
      kinds: ['assessment.review'],
      reason: 'cancelled',
    });
    await ctx.work.open(tx, fillTask(a, 'assessment.resubmit'));
  },

  /** An aspect accepted; the last one puts the assessment before the office for approval. */
  async aspectAccepted(
    ctx: AppContext,
    tx: Tx,
    a: AssessmentRef,
    aspect: Aspect,
    allAccepted: boolean,
  ) {
    await ctx.work.close(tx, { subjectId: a.id, kinds: ['assessment.review'], key: aspect });
    if (allAccepted)
      await ctx.work.open(tx, {
        kind: 'assessment.approve',
        subject: { type: 'assessment', id: a.id },
        unitId: unitOf(a.path),
        permission: 'assessment.approve',
        title: titleOf(a),
        link: linkOf(a),
        dueDate: addDays(ctx.today(), APPROVAL_DAYS),
      });
  },

  /**
   * The campaign closed: an assessment not yet submitted can no longer be, so its fill or resubmit task is
   * cancelled (reviews of what was submitted go on).
   */
  async campaignClosed(ctx: AppContext, tx: Tx, draftAssessmentIds: readonly string[]) {
    await ctx.work.closeMany(tx, {
      subjectIds: draftAssessmentIds,
      kinds: ['assessment.fill', 'assessment.resubmit'],
      reason: 'cancelled',
    });
  },

  /** Approved: the approval is done; every finding raised waits for its rectification plan. */
  async approved(ctx: AppContext, tx: Tx, a: AssessmentRef, findings: readonly FindingRef[]) {
    await ctx.work.close(tx, { subjectId: a.id, kinds: ['assessment.approve'] });
    await ctx.work.openMany(
      tx,
      findings.map((f) => ({
        kind: 'finding.plan',
        subject: { type: 'finding', id: f.id },
        unitId: unitOf(f.path),
        permission: 'finding.write',
        title: findingTitle(f),
        link: findingLink(f),
        dueDate: f.dueDate,
      })),
    );
  },

  /** A reopen request waits for the leadership's decision. */
  async reopenRequested(ctx: AppContext, tx: Tx, a: AssessmentRef) {
    await ctx.work.open(tx, {
      kind: 'assessment.reopen_decide',
      subject: { type: 'assessment', id: a.id },
      unitId: unitOf(a.path),
      permission: 'assessment.reopen',
      title: titleOf(a),
      link: linkOf(a),
      dueDate: addDays(ctx.today(), REOPEN_DECISION_DAYS),
    });
  },

  /** Decided: reopened, the port fills the assessment again. */
  async reopenDecided(ctx: AppContext, tx: Tx, a: AssessmentRef, reopened: boolean) {
    await ctx.work.close(tx, { subjectId: a.id, kinds: ['assessment.reopen_decide'] });
    if (reopened) await ctx.work.open(tx, fillTask(a, 'assessment.resubmit'));
  },

  /** A finding planned (with an owner, when named), or sent back by its reviewers: it is to be carried out and submitted. */
  async findingPlanned(ctx: AppContext, tx: Tx, f: FindingRef) {
    await ctx.work.close(tx, {
      subjectId: f.id,
      kinds: ['finding.plan', 'finding.submit', 'finding.verify'],
    });
    await ctx.work.open(tx, {
      kind: 'finding.submit',
      subject: { type: 'finding', id: f.id },
      unitId: unitOf(f.path),
      permission: 'finding.write',
      userId: f.ownerId,
      title: findingTitle(f),
      link: findingLink(f),
      dueDate: f.dueDate,
    });
  },

  /** Submitted for verification by the aspect's working group. */
  async findingSubmitted(ctx: AppContext, tx: Tx, f: FindingRef) {
    await ctx.work.close(tx, { subjectId: f.id, kinds: ['finding.submit'] });
    await ctx.work.open(tx, {
      kind: 'finding.verify',
      subject: { type: 'finding', id: f.id },
      unitId: unitOf(f.path),
      permission: 'finding.verify',
      workingGroup: ASPECT_WORKING_GROUP[f.aspect],
      title: findingTitle(f),
      link: findingLink(f),
      dueDate: addDays(ctx.today(), REVIEW_DAYS),
    });
  },

  /** Verified: the finding is closed and nothing more is asked of anyone. */
  async findingVerified(ctx: AppContext, tx: Tx, findingId: string) {
    await ctx.work.close(tx, { subjectId: findingId });
  },
};
