import type { AspectReview, Assessment, AssessmentItem } from '@contracts';
import {
  Alert,
  Button,
  Descriptions,
  Segmented,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useItemEvidence } from '../assessmentQueries.ts';
import { RESULT_TONES, REVIEW_TONES, useStandardLabels } from '../labels.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { Explanation } from './Explanation.tsx';
import { RowAction } from '../../../components/RowAction.tsx';

type Props = {
  assessment: Assessment;
  review: AspectReview;
  /** Item codes the server named as unanswered on the last submit. */
  missing: Set<string>;
  /** Opens an item's answer; `sequence` is the list being worked through, for moving on from it. */
  onAnswer: (item: AssessmentItem, sequence: AssessmentItem[]) => void;
  /** Opens one answer for the selected items; `clear` empties the selection once they are answered. */
  onAnswerMany: (items: AssessmentItem[], clear: () => void) => void;
  onAccept: () => void;
  onReturn: () => void;
};

/** The ways to narrow an aspect's items while working through them. */
const FILTERS = ['all', 'unanswered', 'shortfall', 'automatic', 'returned'] as const;
type Filter = (typeof FILTERS)[number];
const MATCHES: Record<Filter, (i: AssessmentItem) => boolean> = {
  all: () => true,
  unanswered: (i) => i.result === null || i.result === 'error',
  shortfall: (i) => i.result === 'partial' || i.result === 'non_compliant',
  automatic: (i) => i.automatic,
  returned: (i) => i.returnComment !== null,
};

/** One aspect of an assessment: its review, its score and its items, each with result, reasoning and evidence. */
export function AspectPanel({
  assessment,
  review,
  missing,
  onAnswer,
  onAnswerMany,
  onAccept,
  onReturn,
}: Props) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const attach = useItemEvidence();
  const { aspect, score } = review;
  const all = assessment.items.filter((i) => i.aspect === aspect);
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<string[]>([]);
  const items = all.filter(MATCHES[filter]);
  const answerable = items.filter((i) => i.can.answer);
  const chosen = answerable.filter((i) => selected.includes(i.id));
  const canReview = Boolean(assessment.can[`review.${aspect}`]);
  const canAnswer = all.some((i) => i.can.answer);

  const columns = [
    {
      title: t('catalogs.itemCode'),
      dataIndex: 'itemCode',
      width: 200,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    {
      title: t('catalogs.itemTitle'),
      dataIndex: 'titleZh',
      render: (_: unknown, i: AssessmentItem) => (
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <Space size={4} wrap>
            <Tooltip
              title={[
                labels.lang === 'en' ? i.guidanceEn : i.guidanceZh,
                labels.labelled(t('catalogs.basis'), i.basis),
              ]
                .filter(Boolean)
                .join('\n')}
            >
              <span>{labels.title(i)}</span>
            </Tooltip>
            <StatusTag tone={i.importance === 'mandatory' ? 'info' : 'neutral'}>
              {labels.importance(i.importance)}
            </StatusTag>
            {i.automatic ? (
              <Tag color="blue">{t('catalogs.automatic')}</Tag>
            ) : (
              <Tag>{t('catalogs.manual')}</Tag>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assessments.weightOf', { weight: i.weight })}
            </Typography.Text>
          </Space>
          <Explanation item={i} />
          {i.naReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.labelled(t('assessments.naReason'), i.naReason)}
            </Typography.Text>
          )}
          {i.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.labelled(t('assessments.note'), i.note)}
            </Typography.Text>
          )}
          {i.returnComment && (
            <Alert
              type="error"
              showIcon
              banner
              message={labels.labelled(t('assessments.returnComment'), i.returnComment)}
              data-testid={`item-return-comment-${i.itemCode}`}
            />
          )}
          {missing.has(i.itemCode) && (
            <Typography.Text type="danger">{t('assessments.unanswered')}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('assessments.result'),
      dataIndex: 'result',
      width: 150,
      render: (_: unknown, i: AssessmentItem) => (
        <span data-testid={`item-result-${i.itemCode}`}>
          {i.result ? (
            <StatusTag tone={RESULT_TONES[i.result]}>{labels.result(i.result)}</StatusTag>
          ) : (
            <StatusTag tone="neutral">{t('assessments.notAnswered')}</StatusTag>
          )}
          {i.grade && <div style={{ fontSize: 12 }}>{labels.grade(i.grade)}</div>}
        </span>
      ),
    },
    {
      title: t('assessments.evidence'),
      width: 220,
      render: (_: unknown, i: AssessmentItem) => (
        <EvidenceList
          evidence={i.evidence}
          canAttach={Boolean(i.can.attach)}
          onUpload={(file) => attach.mutateAsync({ itemId: i.id, file })}
          testId={`item-evidence-${i.itemCode}`}
        />
      ),
    },
    {
      title: t('common.actions'),
      width: 110,
      render: (_: unknown, i: AssessmentItem) =>
        i.can.answer ? (
          <RowAction onClick={() => onAnswer(i, answerable)} testId={`item-answer-${i.itemCode}`}>
            {i.automatic ? t('assessments.markNa') : t('assessments.answer')}
          </RowAction>
        ) : null,
    },
  ];

  return (
    <div data-testid={`aspect-${aspect}`}>
      <Space
        style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}
        wrap
        align="start"
      >
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('assessments.reviewer')}>
            {t(`users.group.${review.reviewer}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.reviewStatus')}>
            <StatusTag tone={REVIEW_TONES[review.status]}>
              {labels.reviewStatus(review.status)}
            </StatusTag>
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.weighted')}>
            {labels.score(score.weighted)}
          </Descriptions.Item>
          <Descriptions.Item
            label={t('assessments.mandatory')}
          >{`${score.mandatoryMet}/${score.mandatoryTotal}`}</Descriptions.Item>
          {review.reviewedAt && (
            <Descriptions.Item
              label={t('assessments.reviewedBy')}
            >{`${review.reviewedBy ?? ''} · ${labels.dateTime(review.reviewedAt)}`}</Descriptions.Item>
          )}
          {review.comment && (
            <Descriptions.Item label={t('assessments.reviewComment')} span={3}>
              {review.comment}
            </Descriptions.Item>
          )}
        </Descriptions>
        {canReview && (
          <Space>
            <Button type="primary" onClick={onAccept} data-testid={`aspect-accept-${aspect}`}>
              {t('assessments.accept')}
            </Button>
            <Button danger onClick={onReturn} data-testid={`aspect-return-${aspect}`}>
              {t('assessments.return')}
            </Button>
          </Space>
        )}
      </Space>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={(f) => {
            setFilter(f);
            setSelected([]);
          }}
          options={FILTERS.map((f) => ({
            value: f,
            label: `${t(`assessments.filter.${f}`)} ${all.filter(MATCHES[f]).length}`,
          }))}
          data-testid={`item-filter-${aspect}`}
        />
        {canAnswer && (
          <Space>
            {chosen.length > 0 && (
              <Button type="link" onClick={() => setSelected([])}>
                {t('assessments.clearSelection')}
              </Button>
            )}
            <Button
              type="primary"
              ghost
              disabled={chosen.length === 0}
              onClick={() => onAnswerMany(chosen, () => setSelected([]))}
              data-testid={`bulk-answer-${aspect}`}
            >
              {t('assessments.bulkAnswer', { count: chosen.length })}
            </Button>
          </Space>
        )}
      </Space>
      <Table<AssessmentItem>
        size="small"
        rowKey="id"
        dataSource={items}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('assessments.filterEmpty') }}
        rowSelection={
          canAnswer
            ? {
                selectedRowKeys: chosen.map((i) => i.id),
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (i) => ({
                  disabled: !i.can.answer,
                  'aria-label': t('assessments.selectItem', { code: i.itemCode }),
                }),
              }
            : undefined
        }
        rowClassName={(i) =>
          i.returnComment ? 'item-returned' : missing.has(i.itemCode) ? 'item-missing' : ''
        }
        onRow={(i) => rowTestId(`item-row-${i.itemCode}`)}
      />
    </div>
  );
}
