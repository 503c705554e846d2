import type {
  Attachment,
  CertificationCreate,
  ExpiringQuery,
  Facility,
  FacilityCreate,
  FacilityGapQuery,
  FacilityListQuery,
  FacilityUpdate,
} from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok, upload } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import type { ListParams } from '../../components/ServerTable.tsx';
import { useImport } from '../../components/useImport.ts';

export type FacilityFilters = Partial<
  Pick<FacilityListQuery, 'q' | 'portId' | 'branchId' | 'typeCode' | 'status' | 'sort'>
>;
export type FacilityListParams = ListParams<FacilityFilters>;
/** Filters of the gap list (not paginated: one row per port and category). */
export type GapParams = Partial<Pick<FacilityGapQuery, 'branchId' | 'portId' | 'category'>>;
export type ExpiringParams = ListParams<
  Partial<Pick<ExpiringQuery, 'within' | 'branchId' | 'portId'>>
>;

export const facilityKeys = {
  all: ['facilities'] as const,
  list: (params: FacilityListParams) => ['facilities', 'list', params] as const,
  certifications: (id: string) => ['facilities', 'certifications', id] as const,
  expiring: (params: ExpiringParams) => ['facilities', 'expiring', params] as const,
  gaps: (params: GapParams) => ['facilities', 'gaps', params] as const,
  attachments: ['facilities', 'attachments'] as const,
  facilityAttachments: (id: string, archived: boolean) =>
    ['facilities', 'attachments', 'facility', id, archived] as const,
  certificateFiles: (id: string) => ['facilities', 'attachments', 'certification', id] as const,
};

export const useFacilities = (params: FacilityListParams) =>
  useQuery({
    queryKey: facilityKeys.list(params),
    queryFn: () => ok(client.GET('/api/v1/facilities', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useFacilityTypes = () =>
  useQuery({
    queryKey: ['reference', 'facility-types'],
    queryFn: () => ok(client.GET('/api/v1/reference/facility-types')),
    staleTime: 300_000,
  });
export const useCertifications = (facilityId: string) =>
  useQuery({
    queryKey: facilityKeys.certifications(facilityId),
    queryFn: () =>
      ok(client.GET('/api/v1/facilities/{id}/certifications', { params: byId(facilityId) })),
    enabled: facilityId !== '',
  });
export const useFacilityGaps = (params: GapParams) =>
  useQuery({
    queryKey: facilityKeys.gaps(params),
    queryFn: () => ok(client.GET('/api/v1/facilities/gaps', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const useExpiring = (params: ExpiringParams) =>
  useQuery({
    queryKey: facilityKeys.expiring(params),
    queryFn: () => ok(client.GET('/api/v1/certifications/expiring', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const exportFacilities = (filters: FacilityFilters) =>
  download(
    client.GET('/api/v1/facilities/export', { params: { query: filters }, parseAs: 'blob' }),
  );
export const downloadFacilityTemplate = () =>
  download(client.GET('/api/v1/facilities/import/template', { parseAs: 'blob' }));
/** Imported certifications change the expiry board and the home cards as well as the ledger. */
export const useImportFacilities = () =>
  useImport('/api/v1/facilities/import', [facilityKeys.all, ['home']]);

const useFacilityWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [facilityKeys.all]);

export const useCreateFacility = () =>
  useFacilityWrite((body: FacilityCreate) => ok(client.POST('/api/v1/facilities', { body })));
export const useUpdateFacility = () =>
  useFacilityWrite(({ id, body }: { id: string; body: FacilityUpdate }) =>
    ok(client.PUT('/api/v1/facilities/{id}', { params: byId(id), body })),
  );
export const useArchiveFacility = () =>
  useFacilityWrite(({ facility, reason }: { facility: Facility; reason: string }) =>
    ok(
      client.POST('/api/v1/facilities/{id}/archive', {
        params: byId(facility.id),
        body: { version: facility.version, reason },
      }),
    ),
  );
export const useCertify = () =>
  useFacilityWrite(({ facilityId, body }: { facilityId: string; body: CertificationCreate }) =>
    ok(client.POST('/api/v1/facilities/{id}/certifications', { params: byId(facilityId), body })),
  );

/** A facility's photos and documents (live or archived), newest first. */
export const useFacilityAttachments = (facilityId: string, archived: boolean) =>
  useQuery({
    queryKey: facilityKeys.facilityAttachments(facilityId, archived),
    queryFn: () =>
      ok(
        client.GET('/api/v1/facilities/{id}/attachments', {
          params: { ...byId(facilityId), query: { archived: archived ? 'true' : 'false' } },
        }),
      ),
    enabled: facilityId !== '',
  });
/** A certification's live certificate files, newest first. */
export const useCertificateFiles = (certificationId: string) =>
  useQuery({
    queryKey: facilityKeys.certificateFiles(certificationId),
    queryFn: () =>
      ok(client.GET('/api/v1/certifications/{id}/attachments', { params: byId(certificationId) })),
  });

const useAttachmentWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [facilityKeys.attachments]);

type UploadVars = { file: File; onProgress?: (percent: number) => void };
export const useUploadFacilityAttachment = () =>
  useAttachmentWrite(
    ({
      facilityId,
      kind,
      file,
      onProgress,
    }: UploadVars & { facilityId: string; kind: 'photo' | 'document' }) =>
      upload(
        '/api/v1/facilities/{id}/attachments',
        { ...byId(facilityId), query: { kind } },
        file,
        onProgress,
      ),
  );
export const useUploadCertificate = () =>
  useAttachmentWrite(
    ({ certificationId, file, onProgress }: UploadVars & { certificationId: string }) =>
      upload('/api/v1/certifications/{id}/attachments', byId(certificationId), file, onProgress),
  );
export const useArchiveAttachment = () =>
  useAttachmentWrite(({ attachment, reason }: { attachment: Attachment; reason: string }) =>
    ok(
      client.POST('/api/v1/attachments/{id}/archive', {
        params: byId(attachment.id),
        body: { version: attachment.version, reason },
      }),
    ),
  );
