import { PageContainer } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { AssessmentTable } from '../components/AssessmentTable.tsx';

/** Every assessment in the user's scope, across campaigns. */
export default function AssessmentsPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.assessments')} content={t('assessments.intro')}>
      <AssessmentTable />
    </PageContainer>
  );
}
