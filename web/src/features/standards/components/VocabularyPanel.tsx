import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStandardLabels } from '../labels.ts';
import { useVocabulary } from '../queries.ts';

/** The facts and functions an expression may use, as the engine declares them. */
export function VocabularyPanel() {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { data } = useVocabulary();
  if (!data) return null;
  const row = (code: string, text: string) => (
    <li key={code} style={{ marginBottom: 4 }}>
      <Typography.Text code copyable={{ text: code }} className="expression">
        {code}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">{text}</Typography.Text>
    </li>
  );
  return (
    <div data-testid="vocabulary">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('catalogs.vocabulary')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('catalogs.vocabularyHint')}
      </Typography.Paragraph>
      <Collapse
        size="small"
        defaultActiveKey={data.variables[0] ? [data.variables[0].name] : []}
        items={[
          ...data.variables.map((v) => ({
            key: v.name,
            label: (
              <span>
                <Typography.Text code>{v.name}</Typography.Text> {labels.text(v.label)}
              </span>
            ),
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 16, fontSize: 12 }}>
                {v.fields.map((f) =>
                  row(`${v.name}.${f.name}`, `${f.type} — ${labels.text(f.label)}`),
                )}
                {v.methods.map((m) => row(m.signature, labels.text(m.label)))}
              </ul>
            ),
          })),
          {
            key: 'functions',
            label: t('catalogs.functions'),
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 16, fontSize: 12 }}>
                {data.functions.map((f) => row(f.signature, labels.text(f.label)))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}
