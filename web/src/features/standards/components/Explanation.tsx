import type { AssessmentItem, Explanation as Explained } from '@contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStandardLabels } from '../labels.ts';

type Part = 'required' | 'present' | 'appliesWhen';

/**
 * An automatic item's reasoning in plain words, e.g.
 * "要求 3 = max(1, ceil(port.trafficOf('LOGS','m3') / 500000.0))，其中 port.trafficOf('LOGS','m3') = 1,240,000；现有 2".
 */
export function useExplain() {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const comma = labels.lang === 'en' ? ', ' : '，';
  const semi = labels.lang === 'en' ? '; ' : '；';
  const part = (kind: Part, e: Explained): string => {
    const value = e.error
      ? t('assessments.explainError', { error: e.error })
      : labels.value(e.value);
    const terms = e.terms.filter((x) => x.text !== e.expression);
    const where = terms.length
      ? `${comma}${t('assessments.explainWhere', { terms: terms.map((x) => `${x.text} = ${x.error ? x.error : labels.value(x.value)}`).join(comma) })}`
      : '';
    const formula =
      e.terms.length === 1 && e.terms[0]?.text === e.expression ? '' : ` = ${e.expression}`;
    if (kind === 'appliesWhen')
      return `${t('assessments.explainApplies', { expression: e.expression, value })}${where}`;
    const label =
      kind === 'required' ? t('assessments.explainRequired') : t('assessments.explainPresent');
    return `${label} ${value}${formula}${where}`;
  };
  return (item: Pick<AssessmentItem, 'explanation'>, withApplies = false): string => {
    const x = item.explanation;
    if (!x) return '';
    const parts: string[] = [];
    if (x.required) parts.push(part('required', x.required));
    if (x.present) parts.push(part('present', x.present));
    if (withApplies && x.appliesWhen) parts.push(part('appliesWhen', x.appliesWhen));
    return parts.join(semi);
  };
}

/** The explanation under an automatic item, the applicability condition in a tooltip line below. */
export function Explanation({ item }: { item: AssessmentItem }) {
  const explain = useExplain();
  const text = explain(item);
  const all = explain(item, true);
  if (!text && !item.errorMessage) return null;
  return (
    <div data-testid={`item-explanation-${item.itemCode}`} style={{ fontSize: 12 }}>
      {text && <Typography.Text title={all}>{text}</Typography.Text>}
      {item.errorMessage && (
        <div>
          <Typography.Text type="danger">{item.errorMessage}</Typography.Text>
        </div>
      )}
    </div>
  );
}
