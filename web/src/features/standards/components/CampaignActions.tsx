import type { Campaign } from '@contracts';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useCloseCampaign, useOpenCampaign } from '../queries.ts';

/** Open (creates the ports' assessments) and close, as the campaign's `can` allows. */
export function CampaignActions({
  campaign,
  size,
  suffix = '',
}: {
  campaign: Campaign;
  size?: 'small';
  suffix?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const openIt = useOpenCampaign();
  const closeIt = useCloseCampaign();
  const run = (write: typeof openIt, done: string) => () =>
    write.mutateAsync(campaign).then(
      () => void message.success(done),
      (error: unknown) => void onApiError(error),
    );
  return (
    <>
      {campaign.can.open && (
        <Popconfirm
          title={t('campaigns.openConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={run(openIt, t('campaigns.opened'))}
        >
          <Button
            type={size ? 'link' : 'primary'}
            size={size}
            loading={openIt.isPending}
            data-testid={`campaign-open${suffix}`}
          >
            {t('campaigns.open')}
          </Button>
        </Popconfirm>
      )}
      {campaign.can.close && (
        <Popconfirm
          title={t('campaigns.closeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={run(closeIt, t('campaigns.closed'))}
        >
          <Button
            type={size ? 'link' : 'default'}
            size={size}
            danger
            loading={closeIt.isPending}
            data-testid={`campaign-close${suffix}`}
          >
            {t('campaigns.close')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}
