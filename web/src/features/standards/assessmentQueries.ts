import type {
  AspectReturn,
  Assessment,
  AssessmentAnswer,
  Aspect,
  Finding,
  FindingPlan,
} from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok, upload } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import {
  standardKeys,
  type AssessmentFilters,
  type AssessmentListParams,
  type FindingFilters,
  type FindingListParams,
} from './queries.ts';

// ---------------------------------------------------------------------------------------------------
// Assessments
// ---------------------------------------------------------------------------------------------------

export const useAssessments = (params: AssessmentListParams) =>
  useQuery({
    queryKey: standardKeys.assessmentList(params),
    queryFn: () => ok(client.GET('/api/v1/assessments', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useAssessment = (id: string) =>
  useQuery({
    queryKey: standardKeys.assessment(id),
    queryFn: () => ok(client.GET('/api/v1/assessments/{id}', { params: byId(id) })),
    enabled: id !== '',
  });
export const exportAssessments = (filters: AssessmentFilters) =>
  download(
    client.GET('/api/v1/assessments/export', { params: { query: filters }, parseAs: 'blob' }),
  );
export const exportAssessment = (id: string) =>
  download(client.GET('/api/v1/assessments/{id}/export', { params: byId(id), parseAs: 'blob' }));
export const downloadEvidence = (id: string) =>
  download(client.GET('/api/v1/evidence/{id}/content', { params: byId(id), parseAs: 'blob' }));

/** Every assessment write changes the campaign's progress and scores, and may raise findings. */
const useAssessmentWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [standardKeys.assessments, standardKeys.campaigns, standardKeys.findings]);

export type AnswerBody = Omit<AssessmentAnswer, 'version'>;
export const useAnswerItem = () =>
  useAssessmentWrite(
    ({ itemId, version, body }: { itemId: string; version: number; body: AnswerBody }) =>
      ok(
        client.PUT('/api/v1/assessment-items/{id}', {
          params: byId(itemId),
          body: { version, ...body },
        }),
      ),
  );
/** One answer for the selected items, all or none. */
export const useAnswerItems = () =>
  useAssessmentWrite(
    ({
      assessmentId,
      items,
      body,
    }: {
      assessmentId: string;
      items: { itemId: string; version: number }[];
      body: AnswerBody;
    }) =>
      ok(
        client.POST('/api/v1/assessments/{id}/answers', {
          params: byId(assessmentId),
          body: { items, ...body },
        }),
      ),
  );
export const useItemEvidence = () =>
  useAssessmentWrite(({ itemId, file }: { itemId: string; file: File }) =>
    upload('/api/v1/assessment-items/{id}/evidence', byId(itemId), file),
  );
export const useSubmitAssessment = () =>
  useAssessmentWrite((a: Assessment) =>
    ok(
      client.POST('/api/v1/assessments/{id}/submit', {
        params: byId(a.id),
        body: { version: a.version },
      }),
    ),
  );
export const useReturnAspect = () =>
  useAssessmentWrite(
    ({ a, aspect, body }: { a: Assessment; aspect: Aspect; body: Omit<AspectReturn, 'version'> }) =>
      ok(
        client.POST('/api/v1/assessments/{id}/aspects/{aspect}/return', {
          params: { path: { id: a.id, aspect } },
          body: { version: a.version, ...body },
        }),
      ),
  );
export const useAcceptAspect = () =>
  useAssessmentWrite(
    ({ a, aspect, comment }: { a: Assessment; aspect: Aspect; comment: string | null }) =>
      ok(
        client.POST('/api/v1/assessments/{id}/aspects/{aspect}/accept', {
          params: { path: { id: a.id, aspect } },
          body: { version: a.version, comment },
        }),
      ),
  );
export const useApproveAssessment = () =>
  useAssessmentWrite((a: Assessment) =>
    ok(
      client.POST('/api/v1/assessments/{id}/approve', {
        params: byId(a.id),
        body: { version: a.version },
      }),
    ),
  );
export const useRequestReopen = () =>
  useAssessmentWrite(({ a, reason }: { a: Assessment; reason: string }) =>
    ok(
      client.POST('/api/v1/assessments/{id}/reopen-request', {
        params: byId(a.id),
        body: { version: a.version, reason },
      }),
    ),
  );
export const useDecideReopen = () =>
  useAssessmentWrite(({ a, approve }: { a: Assessment; approve: boolean }) =>
    ok(
      client.POST('/api/v1/assessments/{id}/reopen-decision', {
        params: byId(a.id),
        body: { version: a.version, approve },
      }),
    ),
  );

// ---------------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------------

export const useFindings = (params: FindingListParams) =>
  useQuery({
    queryKey: standardKeys.findingList(params),
    queryFn: () => ok(client.GET('/api/v1/findings', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useFinding = (id: string) =>
  useQuery({
    queryKey: standardKeys.finding(id),
    queryFn: () => ok(client.GET('/api/v1/findings/{id}', { params: byId(id) })),
    enabled: id !== '',
  });
export const exportFindings = (filters: FindingFilters) =>
  download(client.GET('/api/v1/findings/export', { params: { query: filters }, parseAs: 'blob' }));
/** The officers a finding's rectification can be given to (asked for by the plan form, shown to those who may plan). */
export const useFindingOwners = (id: string) =>
  useQuery({
    queryKey: [...standardKeys.finding(id), 'owners'],
    queryFn: () => ok(client.GET('/api/v1/findings/{id}/owners', { params: byId(id) })),
    enabled: id !== '',
    staleTime: 60_000,
  });

const useFindingWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [standardKeys.findings]);

export const usePlanFinding = () =>
  useFindingWrite(({ f, body }: { f: Finding; body: Omit<FindingPlan, 'version'> }) =>
    ok(
      client.PUT('/api/v1/findings/{id}/plan', {
        params: byId(f.id),
        body: { version: f.version, ...body },
      }),
    ),
  );
export const useSubmitFinding = () =>
  useFindingWrite(({ f, progressNote }: { f: Finding; progressNote: string }) =>
    ok(
      client.POST('/api/v1/findings/{id}/submit', {
        params: byId(f.id),
        body: { version: f.version, progressNote },
      }),
    ),
  );
export const useVerifyFinding = () =>
  useFindingWrite(({ f, comment }: { f: Finding; comment: string | null }) =>
    ok(
      client.POST('/api/v1/findings/{id}/verify', {
        params: byId(f.id),
        body: { version: f.version, comment },
      }),
    ),
  );
export const useRejectFinding = () =>
  useFindingWrite(({ f, comment }: { f: Finding; comment: string }) =>
    ok(
      client.POST('/api/v1/findings/{id}/reject', {
        params: byId(f.id),
        body: { version: f.version, comment },
      }),
    ),
  );
export const useFindingEvidence = () =>
  useFindingWrite(({ f, file }: { f: Finding; file: File }) =>
    upload('/api/v1/findings/{id}/evidence', byId(f.id), file),
  );
