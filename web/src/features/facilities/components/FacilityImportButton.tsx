import { useTranslation } from 'react-i18next';
import { ImportButton } from '../../../components/ImportDialog.tsx';
import { downloadFacilityTemplate, useImportFacilities } from '../queries.ts';

/** Facilities (with their certifications) from an Excel workbook, all rows or none. */
export function FacilityImportButton() {
  const { t } = useTranslation();
  const importer = useImportFacilities();
  return (
    <ImportButton
      kind="facilities"
      testId="facilities-import"
      title={t('imports.facilitiesTitle')}
      onTemplate={downloadFacilityTemplate}
      importer={importer}
    />
  );
}
