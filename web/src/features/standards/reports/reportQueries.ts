import { useQuery } from '@tanstack/react-query';
import { byId, client, ok } from '../../../api/client.ts';

/** Under the records' own keys, so a write that refreshes an assessment or campaign refreshes its report too. */
export const reportKeys = {
  assessment: (id: string) => ['assessments', 'report', id] as const,
  campaign: (id: string) => ['campaigns', 'report', id] as const,
};

export const useAssessmentReport = (id: string) =>
  useQuery({
    queryKey: reportKeys.assessment(id),
    queryFn: () => ok(client.GET('/api/v1/assessments/{id}/report', { params: byId(id) })),
    enabled: id !== '',
  });

export const useCampaignReport = (id: string) =>
  useQuery({
    queryKey: reportKeys.campaign(id),
    queryFn: () => ok(client.GET('/api/v1/campaigns/{id}/report', { params: byId(id) })),
    enabled: id !== '',
  });
