import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';

type CampaignSubject = { actor: Actor; campaign: { status: string } };
const manages: Rule<CampaignSubject> = ({ actor }) => hasPermission(actor, 'campaign.manage');
const status =
  (s: string): Rule<CampaignSubject> =>
  ({ campaign }) =>
    campaign.status === s;

export const campaignPolicy = {
  open: and(manages, status('draft')),
  close: and(manages, status('open')),
};
export const campaignAbilities = (actor: Actor, campaign: CampaignSubject['campaign']) =>
  abilities(campaignPolicy, { actor, campaign });

/** A campaign is the district's, not a unit's: either campaign permission reads it, wherever it was granted. */
export const readsCampaigns = (actor: Actor): boolean =>
  hasPermission(actor, 'campaign.read') || hasPermission(actor, 'campaign.manage');
