import type {
  AssessmentListQuery,
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
  FindingListQuery,
  RequirementDraft,
  WhatIf,
} from '@contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok, okEmpty } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type CatalogListParams = ListParams<Partial<Pick<CatalogListQuery, 'q'>>>;
export type CampaignListParams = ListParams<Partial<Pick<CampaignListQuery, 'status'>>>;
export type AssessmentFilters = Partial<
  Pick<AssessmentListQuery, 'campaignId' | 'portId' | 'branchId' | 'status' | 'sort'>
>;
export type AssessmentListParams = ListParams<AssessmentFilters>;
export type FindingFilters = Partial<
  Pick<
    FindingListQuery,
    | 'campaignId'
    | 'branchId'
    | 'portId'
    | 'owner'
    | 'aspect'
    | 'status'
    | 'overdue'
    | 'mine'
    | 'sort'
  >
>;
export type FindingListParams = ListParams<FindingFilters>;

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
    queryFn: () => ok(client.GET('/api/v1/catalogs', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useCatalog = (id: string) =>
  useQuery({
    queryKey: ['catalogs', 'one', id],
    queryFn: () => ok(client.GET('/api/v1/catalogs/{id}', { params: byId(id) })),
    enabled: id !== '',
  });
export const useCatalogVersion = (id: string) =>
  useQuery({
    queryKey: standardKeys.catalogVersion(id),
    queryFn: () => ok(client.GET('/api/v1/catalog-versions/{id}', { params: byId(id) })),
    enabled: id !== '',
  });
export const useVocabulary = () =>
  useQuery({
    queryKey: ['standards', 'vocabulary'],
    queryFn: () => ok(client.GET('/api/v1/standards/vocabulary')),
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
  ok(client.POST('/api/v1/standards/check', { body }));
export const exportCatalogVersion = (id: string, format: 'yaml' | 'json') =>
  download(
    client.GET('/api/v1/catalog-versions/{id}/export', {
      params: { ...byId(id), query: { format } },
      parseAs: 'blob',
    }),
  );

const useCatalogWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [standardKeys.catalogs]);

export const useCreateCatalog = () =>
  useCatalogWrite((body: CatalogCreate) => ok(client.POST('/api/v1/catalogs', { body })));
export const useImportCatalog = () =>
  useCatalogWrite((body: CatalogImport) => ok(client.POST('/api/v1/catalogs/import', { body })));
export const useNewVersion = () =>
  useCatalogWrite((catalog: Catalog) =>
    ok(
      client.POST('/api/v1/catalogs/{id}/versions', {
        params: byId(catalog.id),
        body: { version: catalog.version },
      }),
    ),
  );
export const usePublishVersion = () =>
  useCatalogWrite((v: CatalogVersion) =>
    ok(
      client.POST('/api/v1/catalog-versions/{id}/publish', {
        params: byId(v.id),
        body: { version: v.version },
      }),
    ),
  );
export const useAddItem = () =>
  useCatalogWrite(({ versionId, body }: { versionId: string; body: RequirementDraft }) =>
    ok(client.POST('/api/v1/catalog-versions/{id}/items', { params: byId(versionId), body })),
  );
export const useUpdateItem = () =>
  useCatalogWrite(({ item, body }: { item: CatalogItem; body: RequirementDraft }) =>
    ok(
      client.PUT('/api/v1/catalog-items/{id}', {
        params: byId(item.id),
        body: { ...body, version: item.version },
      }),
    ),
  );
export const useRemoveItem = () =>
  useCatalogWrite((item: CatalogItem) =>
    okEmpty(
      client.POST('/api/v1/catalog-items/{id}/remove', {
        params: byId(item.id),
        body: { version: item.version },
      }),
    ),
  );

// ---------------------------------------------------------------------------------------------------
// Campaigns, scores, what-if
// ---------------------------------------------------------------------------------------------------

export const useCampaigns = (params: CampaignListParams) =>
  useQuery({
    queryKey: standardKeys.campaignList(params),
    queryFn: () => ok(client.GET('/api/v1/campaigns', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: standardKeys.campaign(id),
    queryFn: () => ok(client.GET('/api/v1/campaigns/{id}', { params: byId(id) })),
    enabled: id !== '',
  });
export const useScores = (id: string) =>
  useQuery({
    queryKey: standardKeys.scores(id),
    queryFn: () => ok(client.GET('/api/v1/campaigns/{id}/scores', { params: byId(id) })),
    enabled: id !== '',
  });
export const useTrend = () =>
  useQuery({
    queryKey: standardKeys.trend,
    queryFn: () => ok(client.GET('/api/v1/standards/trend')),
  });
/** Ports in scope (up to 200, the API's page limit), for multi-selects. */
export const useAllPorts = () =>
  useQuery({
    queryKey: ['ports', 'list', { page: 1, pageSize: 200 }],
    queryFn: () =>
      ok(client.GET('/api/v1/ports', { params: { query: { page: 1, pageSize: 200 } } })),
    staleTime: 60_000,
  });

const useCampaignWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [standardKeys.campaigns, standardKeys.assessments]);

export const useCreateCampaign = () =>
  useCampaignWrite((body: CampaignCreate) => ok(client.POST('/api/v1/campaigns', { body })));
export const useOpenCampaign = () =>
  useCampaignWrite((c: Campaign) =>
    ok(
      client.POST('/api/v1/campaigns/{id}/open', {
        params: byId(c.id),
        body: { version: c.version },
      }),
    ),
  );
export const useCloseCampaign = () =>
  useCampaignWrite((c: Campaign) =>
    ok(
      client.POST('/api/v1/campaigns/{id}/close', {
        params: byId(c.id),
        body: { version: c.version },
      }),
    ),
  );
export const useWhatIf = () =>
  useMutation({
    mutationFn: (body: WhatIf) => ok(client.POST('/api/v1/standards/what-if', { body })),
  });
