import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { useImportCatalog } from '../queries.ts';

const MAX_BYTES = 2_000_000;

/** The format a catalog file is written in, from its name. */
function formatOf(name: string): 'yaml' | 'json' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return null;
}

/**
 * Imports a YAML or JSON catalog file: a new catalog, or a new draft version of the catalog with that code.
 * The browser reads the file and sends its text; every item is checked and nothing is kept when one is wrong.
 */
export function CatalogImportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importer = useImportCatalog();
  const [problem, setProblem] = useState<{ title: string; details: string[] } | null>(null);

  const start = async (file: File) => {
    setProblem(null);
    const format = formatOf(file.name);
    if (!format)
      return setProblem({ title: t('catalogs.importWrongType', { name: file.name }), details: [] });
    if (file.size > MAX_BYTES)
      return setProblem({ title: t('catalogs.importTooLarge', { name: file.name }), details: [] });
    const content = await file.text();
    importer.mutate(
      { format, content },
      {
        onSuccess: (catalog) =>
          void message.success(t('catalogs.imported', { code: catalog.code })),
        onError: (error) =>
          setProblem({
            title: `${t('catalogs.importFailed', { name: file.name })}${error.message}`,
            details:
              error instanceof ApiError
                ? Object.entries(error.fields).map(([field, text]) => `${field}: ${text}`)
                : [],
          }),
      },
    );
  };

  return (
    <>
      <Upload
        accept=".yaml,.yml,.json,application/json,application/yaml"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => (void start(file), false)}
      >
        <Button
          icon={<UploadOutlined />}
          loading={importer.isPending}
          data-testid="catalogs-import"
        >
          {t('catalogs.import')}
        </Button>
      </Upload>
      {problem && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          onClose={() => setProblem(null)}
          data-testid="catalogs-import-error"
          style={{
            position: 'fixed',
            right: 24,
            bottom: 24,
            zIndex: 1000,
            maxWidth: 560,
            maxHeight: '50vh',
            overflow: 'auto',
          }}
          message={problem.title}
          description={
            problem.details.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problem.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </>
  );
}
