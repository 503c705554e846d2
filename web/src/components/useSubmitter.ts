import { useTranslation } from 'react-i18next';

/** Button texts for ModalForm: its own defaults do not follow the UI language. */
export function useSubmitter() {
  const { t } = useTranslation();
  return { searchConfig: { submitText: t('common.confirm'), resetText: t('common.cancel') } };
}
