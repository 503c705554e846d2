import { PageContainer } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { WhatIfPanel } from '../components/WhatIfPanel.tsx';

/** The what-if panel on its own, for any published catalog version. */
export default function WhatIfPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.whatIf')}>
      <WhatIfPanel />
    </PageContainer>
  );
}
