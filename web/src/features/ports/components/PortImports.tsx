import { useTranslation } from 'react-i18next';
import { ImportButton } from '../../../components/ImportDialog.tsx';
import {
  downloadPortTemplate,
  downloadTrafficTemplate,
  useImportPorts,
  useImportTraffic,
} from '../queries.ts';

/** Ports from an Excel workbook, all rows or none. */
export function PortImportButton() {
  const { t } = useTranslation();
  const importer = useImportPorts();
  return (
    <ImportButton
      kind="ports"
      testId="ports-import"
      title={t('imports.portsTitle')}
      onTemplate={downloadPortTemplate}
      importer={importer}
    />
  );
}

/** Traffic figures (of any port in scope, by port code) from an Excel workbook, all rows or none. */
export function TrafficImportButton() {
  const { t } = useTranslation();
  const importer = useImportTraffic();
  return (
    <ImportButton
      kind="traffic"
      testId="traffic-import"
      title={t('imports.trafficTitle')}
      onTemplate={downloadTrafficTemplate}
      importer={importer}
    />
  );
}
