import { PageContainer } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { FacilityManager } from '../components/FacilityManager.tsx';

/** Every facility in the user's scope, with certifications. */
export default function FacilitiesPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  return (
    <PageContainer title={t('nav.facilities')} content={t('facilities.intro')}>
      <FacilityManager
        canCreate={me.permissions.includes('facility.write')}
        canImport={me.permissions.includes('facility.write')}
      />
    </PageContainer>
  );
}
