import type {
  Attachment,
  FacilityGap,
  FacilityGapQuery,
  Certification,
  CertificationCreate,
  ExpiringCertification,
  ExpiringQuery,
  Facility,
  FacilityCreate,
  FacilityListQuery,
  FacilityType,
  FacilityUpdate,
  Page,
} from '@contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useImport } from '../../components/useImport.ts';

export type FacilityFilters = Partial<
  Pick<FacilityListQuery, 'q' | 'portId' | 'branchId' | 'typeCode' | 'status' | 'sort'>
>;
export type FacilityListParams = FacilityFilters & { page: number; pageSize: number };
/** Filters of the gap list (not paginated: one row per port and category). */
export type GapParams = Partial<Pick<FacilityGapQuery, 'branchId' | 'portId' | 'category'>>;
export type ExpiringParams = Partial<Pick<ExpiringQuery, 'within' | 'branchId' | 'portId'>> & {
  page: number;
  pageSize: number;
};

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
    queryFn: () => api.get<Page<Facility>>('/facilities', params),
    placeholderData: keepPreviousData,
  });
export const useFacilityTypes = () =>
  useQuery({
    queryKey: ['reference', 'facility-types'],
    queryFn: () => api.get<FacilityType[]>('/reference/facility-types'),
    staleTime: 300_000,
  });
export const useCertifications = (facilityId: string) =>
  useQuery({
    queryKey: facilityKeys.certifications(facilityId),
    queryFn: () => api.get<Certification[]>(`/facilities/${facilityId}/certifications`),
    enabled: facilityId !== '',
  });
export const useFacilityGaps = (params: GapParams) =>
  useQuery({
    queryKey: facilityKeys.gaps(params),
    queryFn: () => api.get<FacilityGap[]>('/facilities/gaps', params),
    placeholderData: keepPreviousData,
  });
export const useExpiring = (params: ExpiringParams) =>
  useQuery({
    queryKey: facilityKeys.expiring(params),
    queryFn: () => api.get<Page<ExpiringCertification>>('/certifications/expiring', params),
    placeholderData: keepPreviousData,
  });

export const exportFacilities = (filters: FacilityFilters) =>
  api.download('/facilities/export', filters);
export const downloadFacilityTemplate = () => api.download('/facilities/import/template');
/** Imported certifications change the expiry board and the home cards as well as the ledger. */
export const useImportFacilities = () =>
  useImport('/facilities/import', [facilityKeys.all, ['home']]);

function useFacilityWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}

export const useCreateFacility = () =>
  useFacilityWrite((body: FacilityCreate) => api.post<Facility>('/facilities', body));
export const useUpdateFacility = () =>
  useFacilityWrite(({ id, body }: { id: string; body: FacilityUpdate }) =>
    api.put<Facility>(`/facilities/${id}`, body),
  );
export const useArchiveFacility = () =>
  useFacilityWrite(({ facility, reason }: { facility: Facility; reason: string }) =>
    api.post<Facility>(`/facilities/${facility.id}/archive`, { version: facility.version, reason }),
  );
export const useCertify = () =>
  useFacilityWrite(({ facilityId, body }: { facilityId: string; body: CertificationCreate }) =>
    api.post<Certification>(`/facilities/${facilityId}/certifications`, body),
  );

/** A facility's photos and documents (live or archived), newest first. */
export const useFacilityAttachments = (facilityId: string, archived: boolean) =>
  useQuery({
    queryKey: facilityKeys.facilityAttachments(facilityId, archived),
    queryFn: () => api.get<Attachment[]>(`/facilities/${facilityId}/attachments`, { archived }),
    enabled: facilityId !== '',
  });
/** A certification's live certificate files, newest first. */
export const useCertificateFiles = (certificationId: string) =>
  useQuery({
    queryKey: facilityKeys.certificateFiles(certificationId),
    queryFn: () => api.get<Attachment[]>(`/certifications/${certificationId}/attachments`),
  });

function useAttachmentWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.attachments }),
  });
}

type UploadVars = { file: File; onProgress?: (percent: number) => void };
export const useUploadFacilityAttachment = () =>
  useAttachmentWrite(
    ({
      facilityId,
      kind,
      file,
      onProgress,
    }: UploadVars & { facilityId: string; kind: 'photo' | 'document' }) =>
      api.upload<Attachment>(
        `/facilities/${facilityId}/attachments?kind=${kind}`,
        file,
        onProgress,
      ),
  );
export const useUploadCertificate = () =>
  useAttachmentWrite(
    ({ certificationId, file, onProgress }: UploadVars & { certificationId: string }) =>
      api.upload<Attachment>(`/certifications/${certificationId}/attachments`, file, onProgress),
  );
export const useArchiveAttachment = () =>
  useAttachmentWrite(({ attachment, reason }: { attachment: Attachment; reason: string }) =>
    api.post<Attachment>(`/attachments/${attachment.id}/archive`, {
      version: attachment.version,
      reason,
    }),
  );
