import {
  ASPECT_WORKING_GROUP,
  type Campaign,
  type CampaignKind,
  type CampaignProgress,
  type CampaignStatus,
  type Reviewers,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { campaignAbilities } from './campaign.policy.ts';
import type { CampaignRow } from './campaigns.repository.ts';

/** The working group reviewing each aspect: the programme's default unless the campaign named another. */
export const reviewersOf = (json: string): Reviewers => ({
  ...ASPECT_WORKING_GROUP,
  ...((readJson(json) as Partial<Reviewers> | null) ?? {}),
});

export function presentCampaign(
  row: CampaignRow,
  progress: CampaignProgress[],
  actor: Actor,
): Campaign {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind as CampaignKind,
    status: row.status as CampaignStatus,
    catalogVersionId: row.catalogVersionId,
    catalogCode: row.catalogCode,
    catalogVersionNumber: row.catalogVersionNumber,
    deadline: row.deadline,
    portIds: readJson(row.portIdsJson) as string[],
    reviewers: reviewersOf(row.reviewersJson),
    openedAt: toIsoOrNull(row.openedAt),
    closedAt: toIsoOrNull(row.closedAt),
    progress,
    version: row.version,
    createdAt: toIso(row.createdAt),
    can: campaignAbilities(actor, row),
  };
}
