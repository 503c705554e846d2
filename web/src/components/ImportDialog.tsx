import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  IMPORT_MAX_BYTES,
  type ImportExisting,
  type ImportOnExisting,
  type ImportProblem,
  type ImportReport,
} from '@contracts';
import {
  Alert,
  Button,
  Modal,
  Progress,
  Radio,
  Result,
  Space,
  Table,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ServerProgress } from '../api/client.ts';
import { useApiError } from '../api/useApiError.ts';
import { rowTestId } from './rowTestId.ts';
import type { useImport } from './useImport.ts';

type Importer = ReturnType<typeof useImport>;

type Props = {
  /** What is imported (ports, traffic, facilities): names the problem list's file. */
  kind: string;
  title: string;
  onTemplate: () => Promise<void>;
  importer: Importer;
  testId: string;
};

type Step =
  | { step: 'idle' }
  | { step: 'uploading'; name: string; percent: number; server: ServerProgress | null }
  | { step: 'done'; name: string; file: File; report: ImportReport }
  | { step: 'failed'; name: string; message: string; details: string[] };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The problem list as CSV (with a byte-order mark so Excel reads the Chinese text), handed to the browser. */
function saveProblems(
  problems: ImportProblem[],
  header: [string, string, string],
  fileName: string,
) {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    header,
    ...problems.map((p) => [p.row, p.label ?? p.column, p.message] as const),
  ].map((line) => line.map(cell).join(','));
  const url = URL.createObjectURL(
    new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "Import from Excel" with its dialog; shown only to users who may write what is imported. */
export function ImportButton(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={props.testId}>
        {t('imports.button')}
      </Button>
      <ImportDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** Whether the server wrote nothing because the file holds rows already recorded and no choice was made. */
const awaitsChoice = (report: ImportReport) =>
  report.problems.length === 0 && report.existing !== undefined && report.skipped === undefined;

/**
 * An all-or-nothing Excel import: the template, the upload with its progress, then either the number of
 * rows applied or the problems by row and column (nothing applied), ready to fix and upload again. A file
 * holding rows already recorded writes nothing until the user chooses to skip or update them; the same
 * file is then sent again with that choice.
 */
export function ImportDialog({
  kind,
  title,
  onTemplate,
  importer,
  open,
  onClose,
}: Props & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const onApiError = useApiError();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [templateBusy, setTemplateBusy] = useState(false);
  const [choice, setChoice] = useState<ImportOnExisting>('skip');
  const uploading = state.step === 'uploading';
  const limit = megabytes(IMPORT_MAX_BYTES);

  const start = (file: File, onExisting?: ImportOnExisting) => {
    const name = file.name;
    if (!name.toLowerCase().endsWith('.xlsx')) {
      setState({ step: 'failed', name, message: t('imports.notXlsx', { name }), details: [] });
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setState({
        step: 'failed',
        name,
        message: t('imports.tooLarge', { name, actual: megabytes(file.size), size: limit }),
        details: [],
      });
      return;
    }
    setState({ step: 'uploading', name, percent: 0, server: null });
    importer.mutate(
      {
        file,
        onExisting,
        onProgress: (percent) => setState((s) => (s.step === 'uploading' ? { ...s, percent } : s)),
        onServer: (server) => setState((s) => (s.step === 'uploading' ? { ...s, server } : s)),
      },
      {
        onSuccess: (report) => setState({ step: 'done', name, file, report }),
        onError: (error) =>
          setState({
            step: 'failed',
            name,
            message: error.message,
            details: error instanceof ApiError ? Object.values(error.fields) : [],
          }),
      },
    );
  };

  const template = () => {
    setTemplateBusy(true);
    onTemplate()
      .catch((error: unknown) => onApiError(error))
      .finally(() => setTemplateBusy(false));
  };

  const problems = state.step === 'done' ? state.report.problems : [];
  const pending = state.step === 'done' && awaitsChoice(state.report) ? state : null;
  const existing = state.step === 'done' ? (state.report.existing ?? []) : [];

  return (
    <Modal
      open={open}
      title={title}
      width={760}
      onCancel={onClose}
      maskClosable={!uploading}
      destroyOnHidden
      afterClose={() => {
        setState({ step: 'idle' });
        setChoice('skip');
      }}
      footer={
        <Button type="primary" onClick={onClose} disabled={uploading} data-testid="import-close">
          {t('imports.close')}
        </Button>
      }
      modalRender={(node) => <div data-testid="import-dialog">{node}</div>}
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('imports.howTo')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          <Typography.Text strong>{t('imports.allOrNothing')}</Typography.Text>
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          onClick={template}
          loading={templateBusy}
          data-testid="import-template"
        >
          {t('imports.template')}
        </Button>

        <div data-testid="import-upload">
          <Upload.Dragger
            name="file"
            accept={`.xlsx,${XLSX_TYPE}`}
            multiple={false}
            maxCount={1}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              start(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('imports.drop')}</p>
            <p className="ant-upload-hint">{t('imports.limit', { size: limit })}</p>
          </Upload.Dragger>
        </div>

        {state.step === 'uploading' && (
          <div data-testid="import-progress" aria-live="polite">
            {state.server === null ? (
              <>
                <Typography.Text>
                  {state.percent < 100
                    ? t('imports.uploading', { name: state.name })
                    : t('imports.checking', { name: state.name })}
                </Typography.Text>
                <Progress
                  percent={state.percent}
                  status="active"
                  aria-label={t('imports.progressLabel')}
                />
              </>
            ) : (
              <>
                <Typography.Text data-testid="import-server-progress">
                  {t(
                    state.server.phase === 'checking'
                      ? 'imports.checkingRows'
                      : 'imports.writingRows',
                    {
                      done: state.server.done.toLocaleString(),
                      total: state.server.total.toLocaleString(),
                    },
                  )}
                </Typography.Text>
                <Progress
                  percent={
                    state.server.total > 0
                      ? Math.floor((100 * state.server.done) / state.server.total)
                      : 100
                  }
                  status="active"
                  strokeColor={state.server.phase === 'writing' ? '#237804' : undefined}
                  aria-label={t('imports.progressLabel')}
                />
              </>
            )}
          </div>
        )}

        {state.step === 'failed' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="import-error"
            message={t('imports.failedTitle', { name: state.name })}
            description={[state.message, ...state.details].join('；')}
          />
        )}

        {pending && (
          <div data-testid="import-existing">
            <Alert
              type="warning"
              showIcon
              role="alert"
              message={
                <span data-testid="import-existing-count">
                  {t('imports.existingTitle', { count: existing.length })}
                </span>
              }
              description={t('imports.existingHint')}
            />
            <Radio.Group
              value={choice}
              onChange={(e) => setChoice(e.target.value as ImportOnExisting)}
              style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '12px 0' }}
              data-testid="import-existing-choice"
            >
              <Radio value="skip" data-testid="import-existing-skip">
                {t('imports.existingSkip')}
              </Radio>
              <Radio value="update" data-testid="import-existing-update">
                {t('imports.existingUpdate')}
              </Radio>
            </Radio.Group>
            <Button
              type="primary"
              onClick={() => start(pending.file, choice)}
              data-testid="import-existing-apply"
            >
              {t('imports.existingApply')}
            </Button>
            <Table<ImportExisting>
              size="small"
              style={{ marginTop: 12 }}
              rowKey="row"
              dataSource={existing}
              pagination={existing.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              onRow={(e) => rowTestId(`import-existing-${e.row}`)}
              columns={[
                { title: t('imports.row'), dataIndex: 'row', width: 80 },
                { title: t('imports.existingKey'), dataIndex: 'key' },
              ]}
            />
          </div>
        )}

        {state.step === 'done' && problems.length === 0 && !pending && (
          <div data-testid="import-success" role="status">
            {state.report.applied > 0 ? (
              <Result
                status="success"
                title={t('imports.applied', { count: state.report.applied })}
                subTitle={
                  <>
                    {t('imports.appliedFrom', { name: state.name })}
                    {state.report.skipped !== undefined && (
                      <>
                        {' '}
                        {t('imports.appliedDetail', {
                          inserted: state.report.applied - (state.report.updated ?? 0),
                          updated: state.report.updated ?? 0,
                          skipped: state.report.skipped,
                        })}
                      </>
                    )}
                  </>
                }
                style={{ padding: 16 }}
              />
            ) : (state.report.skipped ?? 0) > 0 ? (
              <Result
                status="info"
                title={t('imports.skippedOnly', { count: state.report.skipped })}
                subTitle={t('imports.appliedFrom', { name: state.name })}
                style={{ padding: 16 }}
              />
            ) : (
              <Result
                status="warning"
                title={t('imports.empty')}
                subTitle={t('imports.emptyHint', { name: state.name })}
                style={{ padding: 16 }}
              />
            )}
          </div>
        )}

        {state.step === 'done' && problems.length > 0 && (
          <div data-testid="import-problems">
            <Alert
              type="error"
              showIcon
              role="alert"
              message={t('imports.problemsTitle', { count: problems.length })}
              description={
                <>
                  {t('imports.problemsHint')}
                  {existing.length > 0 && (
                    <>
                      {' '}
                      <span data-testid="import-existing-count">
                        {t('imports.existingAlso', { count: existing.length })}
                      </span>
                    </>
                  )}
                </>
              }
              action={
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    saveProblems(
                      problems,
                      [t('imports.row'), t('imports.column'), t('imports.message')],
                      `${kind}-import-problems.csv`,
                    )
                  }
                  data-testid="import-problems-export"
                >
                  {t('imports.exportProblems')}
                </Button>
              }
            />
            <Table<ImportProblem & { key: number }>
              size="small"
              style={{ marginTop: 12 }}
              dataSource={problems.map((p, key) => ({ ...p, key }))}
              pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              onRow={(p) => rowTestId(`import-problem-${p.row}-${p.column}`)}
              columns={[
                { title: t('imports.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('imports.column'),
                  dataIndex: 'column',
                  width: 180,
                  // The header as the template writes it in the user's language; the key for reference.
                  render: (c: string, p) =>
                    p.label ? (
                      <Tooltip title={c}>
                        <span>{p.label}</span>
                      </Tooltip>
                    ) : (
                      <Typography.Text code>{c || '—'}</Typography.Text>
                    ),
                },
                { title: t('imports.message'), dataIndex: 'message' },
              ]}
            />
          </div>
        )}
      </Space>
    </Modal>
  );
}
