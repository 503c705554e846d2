import type {
  AspectReturn,
  Assessment,
  AssessmentAnswer,
  AssessmentListQuery,
  AssessmentSummary,
  Aspect,
  Campaign,
  CampaignCreate,
  CampaignListQuery,
  Catalog,
  CatalogCreate,
  CatalogImport,
  CatalogItem,
  CatalogListQuery,
  CatalogVersion,
  ExpressionCheck,
  ExpressionPreview,
  FactVocabulary,
  Finding,
  FindingListQuery,
  FindingOwner,
  FindingPlan,
  Page,
  Port,
  RequirementDraft,
  Scores,
  Trend,
  WhatIf,
  WhatIfResult,
} from '@contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type CatalogListParams = Partial<Pick<CatalogListQuery, 'q'>> & {
  page: number;
  pageSize: number;
};
export type CampaignListParams = Partial<Pick<CampaignListQuery, 'status'>> & {
  page: number;
  pageSize: number;
};
export type AssessmentFilters = Partial<
  Pick<AssessmentListQuery, 'campaignId' | 'portId' | 'branchId' | 'status' | 'sort'>
>;
export type AssessmentListParams = AssessmentFilters & { page: number; pageSize: number };
export type FindingFilters = Partial<
  Pick<
    FindingListQuery,
    'campaignId' | 'portId' | 'aspect' | 'status' | 'overdue' | 'mine' | 'sort'
  >
>;
export type FindingListParams = FindingFilters & { page: number; pageSize: number };

export const standardKeys = {
  catalogs: ['catalogs'] as const,
  catalogList: (params: CatalogListParams) => ['catalogs', 'list', params] as const,
  catalogVersion: (id: string) => ['catalogs', 'version', id] as const,
  campaigns: ['campaigns'] as const,
  campaignList: (params: CampaignListParams) => ['campaigns', 'list', params] as const,
  campaign: (id: string) => ['campaigns', 'one', id] as const,
  scores: (id: string) => ['campaigns', 'scores', id] as const,
  trend: ['campaigns', 'trend'] as const,
  assessments: ['assessments'] as const,
  assessmentList: (params: AssessmentListParams) => ['assessments', 'list', params] as const,
  assessment: (id: string) => ['assessments', 'one', id] as const,
  findings: ['findings'] as const,
  findingList: (params: FindingListParams) => ['findings', 'list', params] as const,
  finding: (id: string) => ['findings', 'one', id] as const,
};

// ---------------------------------------------------------------------------------------------------
// Catalogs
// ---------------------------------------------------------------------------------------------------

export const useCatalogs = (params: CatalogListParams) =>
  useQuery({
    queryKey: standardKeys.catalogList(params),
    queryFn: () => api.get<Page<Catalog>>('/catalogs', params),
    placeholderData: keepPreviousData,
  });
export const useCatalog = (id: string) =>
  useQuery({
    queryKey: ['catalogs', 'one', id],
    queryFn: () => api.get<Catalog>(`/catalogs/${id}`),
    enabled: id !== '',
  });
export const useCatalogVersion = (id: string) =>
  useQuery({
    queryKey: standardKeys.catalogVersion(id),
    queryFn: () => api.get<CatalogVersion>(`/catalog-versions/${id}`),
    enabled: id !== '',
  });
export const useVocabulary = () =>
  useQuery({
    queryKey: ['standards', 'vocabulary'],
    queryFn: () => api.get<FactVocabulary>('/standards/vocabulary'),
    staleTime: 600_000,
  });
/** Published versions of every catalog (first 200 catalogs), for pickers. */
export function usePublishedVersions() {
  const { data, ...rest } = useCatalogs({ page: 1, pageSize: 200 });
  const versions = (data?.items ?? []).flatMap((c) =>
    c.versions.filter((v) => v.status === 'published').map((v) => ({ ...v, catalog: c })),
  );
  return { ...rest, versions };
}

export const checkExpressions = (body: ExpressionCheck) =>
  api.post<ExpressionPreview>('/standards/check', body);
export const exportCatalogVersion = (id: string, format: 'yaml' | 'json') =>
  api.download(`/catalog-versions/${id}/export`, { format });

function useCatalogWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardKeys.catalogs }),
  });
}

export const useCreateCatalog = () =>
  useCatalogWrite((body: CatalogCreate) => api.post<Catalog>('/catalogs', body));
export const useImportCatalog = () =>
  useCatalogWrite((body: CatalogImport) => api.post<Catalog>('/catalogs/import', body));
export const useNewVersion = () =>
  useCatalogWrite((catalog: Catalog) =>
    api.post<CatalogVersion>(`/catalogs/${catalog.id}/versions`, { version: catalog.version }),
  );
export const usePublishVersion = () =>
  useCatalogWrite((v: CatalogVersion) =>
    api.post<CatalogVersion>(`/catalog-versions/${v.id}/publish`, { version: v.version }),
  );
export const useAddItem = () =>
  useCatalogWrite(({ versionId, body }: { versionId: string; body: RequirementDraft }) =>
    api.post<CatalogItem>(`/catalog-versions/${versionId}/items`, body),
  );
export const useUpdateItem = () =>
  useCatalogWrite(({ item, body }: { item: CatalogItem; body: RequirementDraft }) =>
    api.put<CatalogItem>(`/catalog-items/${item.id}`, { ...body, version: item.version }),
  );
export const useRemoveItem = () =>
  useCatalogWrite((item: CatalogItem) =>
    api.postEmpty(`/catalog-items/${item.id}/remove`, { version: item.version }),
  );

// ---------------------------------------------------------------------------------------------------
// Campaigns, scores, what-if
// ---------------------------------------------------------------------------------------------------

export const useCampaigns = (params: CampaignListParams) =>
  useQuery({
    queryKey: standardKeys.campaignList(params),
    queryFn: () => api.get<Page<Campaign>>('/campaigns', params),
    placeholderData: keepPreviousData,
  });
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: standardKeys.campaign(id),
    queryFn: () => api.get<Campaign>(`/campaigns/${id}`),
    enabled: id !== '',
  });
export const useScores = (id: string) =>
  useQuery({
    queryKey: standardKeys.scores(id),
    queryFn: () => api.get<Scores>(`/campaigns/${id}/scores`),
    enabled: id !== '',
  });
export const useTrend = () =>
  useQuery({ queryKey: standardKeys.trend, queryFn: () => api.get<Trend>('/standards/trend') });
/** Ports in scope (up to 200, the API's page limit), for multi-selects. */
export const useAllPorts = () =>
  useQuery({
    queryKey: ['ports', 'list', { page: 1, pageSize: 200 }],
    queryFn: () => api.get<Page<Port>>('/ports', { page: 1, pageSize: 200 }),
    staleTime: 60_000,
  });

function useCampaignWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: standardKeys.campaigns }),
        queryClient.invalidateQueries({ queryKey: standardKeys.assessments }),
      ]),
  });
}

export const useCreateCampaign = () =>
  useCampaignWrite((body: CampaignCreate) => api.post<Campaign>('/campaigns', body));
export const useOpenCampaign = () =>
  useCampaignWrite((c: Campaign) =>
    api.post<Campaign>(`/campaigns/${c.id}/open`, { version: c.version }),
  );
export const useCloseCampaign = () =>
  useCampaignWrite((c: Campaign) =>
    api.post<Campaign>(`/campaigns/${c.id}/close`, { version: c.version }),
  );
export const useWhatIf = () =>
  useMutation({ mutationFn: (body: WhatIf) => api.post<WhatIfResult>('/standards/what-if', body) });

// ---------------------------------------------------------------------------------------------------
// Assessments
// ---------------------------------------------------------------------------------------------------

export const useAssessments = (params: AssessmentListParams) =>
  useQuery({
    queryKey: standardKeys.assessmentList(params),
    queryFn: () => api.get<Page<AssessmentSummary>>('/assessments', params),
    placeholderData: keepPreviousData,
  });
export const useAssessment = (id: string) =>
  useQuery({
    queryKey: standardKeys.assessment(id),
    queryFn: () => api.get<Assessment>(`/assessments/${id}`),
    enabled: id !== '',
  });
export const exportAssessments = (filters: AssessmentFilters) =>
  api.download('/assessments/export', filters);
export const exportAssessment = (id: string) => api.download(`/assessments/${id}/export`);
export const downloadEvidence = (id: string) => api.download(`/evidence/${id}/content`);

/** Every assessment write changes the campaign's progress and scores, and may raise findings. */
function useAssessmentWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all(
        [standardKeys.assessments, standardKeys.campaigns, standardKeys.findings].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export type AnswerBody = Omit<AssessmentAnswer, 'version'>;
export const useAnswerItem = () =>
  useAssessmentWrite(
    ({ itemId, version, body }: { itemId: string; version: number; body: AnswerBody }) =>
      api.put<unknown>(`/assessment-items/${itemId}`, { version, ...body }),
  );
export const useItemEvidence = () =>
  useAssessmentWrite(({ itemId, file }: { itemId: string; file: File }) =>
    api.upload<unknown>(`/assessment-items/${itemId}/evidence`, file),
  );
export const useSubmitAssessment = () =>
  useAssessmentWrite((a: Assessment) =>
    api.post<Assessment>(`/assessments/${a.id}/submit`, { version: a.version }),
  );
export const useReturnAspect = () =>
  useAssessmentWrite(
    ({ a, aspect, body }: { a: Assessment; aspect: Aspect; body: Omit<AspectReturn, 'version'> }) =>
      api.post<Assessment>(`/assessments/${a.id}/aspects/${aspect}/return`, {
        version: a.version,
        ...body,
      }),
  );
export const useAcceptAspect = () =>
  useAssessmentWrite(
    ({ a, aspect, comment }: { a: Assessment; aspect: Aspect; comment: string | null }) =>
      api.post<Assessment>(`/assessments/${a.id}/aspects/${aspect}/accept`, {
        version: a.version,
        comment,
      }),
  );
export const useApproveAssessment = () =>
  useAssessmentWrite((a: Assessment) =>
    api.post<Assessment>(`/assessments/${a.id}/approve`, { version: a.version }),
  );
export const useRequestReopen = () =>
  useAssessmentWrite(({ a, reason }: { a: Assessment; reason: string }) =>
    api.post<Assessment>(`/assessments/${a.id}/reopen-request`, { version: a.version, reason }),
  );
export const useDecideReopen = () =>
  useAssessmentWrite(({ a, approve }: { a: Assessment; approve: boolean }) =>
    api.post<Assessment>(`/assessments/${a.id}/reopen-decision`, { version: a.version, approve }),
  );

// ---------------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------------

export const useFindings = (params: FindingListParams) =>
  useQuery({
    queryKey: standardKeys.findingList(params),
    queryFn: () => api.get<Page<Finding>>('/findings', params),
    placeholderData: keepPreviousData,
  });
export const useFinding = (id: string) =>
  useQuery({
    queryKey: standardKeys.finding(id),
    queryFn: () => api.get<Finding>(`/findings/${id}`),
    enabled: id !== '',
  });
export const exportFindings = (filters: FindingFilters) =>
  api.download('/findings/export', filters);
/** The officers a finding's rectification can be given to (asked for by the plan form, shown to those who may plan). */
export const useFindingOwners = (id: string) =>
  useQuery({
    queryKey: [...standardKeys.finding(id), 'owners'],
    queryFn: () => api.get<FindingOwner[]>(`/findings/${id}/owners`),
    enabled: id !== '',
    staleTime: 60_000,
  });

function useFindingWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardKeys.findings }),
  });
}

export const usePlanFinding = () =>
  useFindingWrite(({ f, body }: { f: Finding; body: Omit<FindingPlan, 'version'> }) =>
    api.put<Finding>(`/findings/${f.id}/plan`, { version: f.version, ...body }),
  );
export const useSubmitFinding = () =>
  useFindingWrite(({ f, progressNote }: { f: Finding; progressNote: string }) =>
    api.post<Finding>(`/findings/${f.id}/submit`, { version: f.version, progressNote }),
  );
export const useVerifyFinding = () =>
  useFindingWrite(({ f, comment }: { f: Finding; comment: string | null }) =>
    api.post<Finding>(`/findings/${f.id}/verify`, { version: f.version, comment }),
  );
export const useRejectFinding = () =>
  useFindingWrite(({ f, comment }: { f: Finding; comment: string }) =>
    api.post<Finding>(`/findings/${f.id}/reject`, { version: f.version, comment }),
  );
export const useFindingEvidence = () =>
  useFindingWrite(({ f, file }: { f: Finding; file: File }) =>
    api.upload<unknown>(`/findings/${f.id}/evidence`, file),
  );
