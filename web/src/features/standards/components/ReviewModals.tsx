import {
  ModalForm,
  ProFormDependency,
  ProFormSelect,
  ProFormTextArea,
} from '@ant-design/pro-components';
import type { Aspect, Assessment } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useAcceptAspect, useReturnAspect } from '../assessmentQueries.ts';
import { useStandardLabels } from '../labels.ts';

type Props = { assessment: Assessment; aspect: Aspect | null; onClose: () => void };

/** A working group accepts its aspect of a submitted assessment, with an optional comment. */
export function AcceptModal({ assessment, aspect, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const [form] = Form.useForm<{ comment?: string }>();
  const accept = useAcceptAspect();
  return (
    <ModalForm<{ comment?: string }>
      name="aspectAccept"
      title={aspect ? t('assessments.acceptTitle', { aspect: labels.aspect(aspect) }) : ''}
      open={aspect !== null}
      form={form}
      width={520}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={(v) =>
        aspect
          ? accept
              .mutateAsync({ a: assessment, aspect, comment: v.comment?.trim() || null })
              .then(() => {
                void message.success(t('assessments.accepted'));
                return true;
              })
              .catch((error: unknown) => onApiError(error, form))
          : Promise.resolve(true)
      }
    >
      <ProFormTextArea
        name="comment"
        label={t('assessments.reviewComment')}
        fieldProps={{ rows: 3, maxLength: 2000, 'data-testid': 'accept-comment' } as object}
      />
    </ModalForm>
  );
}

type ReturnValues = { comment: string; itemIds: string[]; comments?: Record<string, string> };

/** Returns an aspect to the branch: an overall comment and, for each chosen item, what to fix. */
export function ReturnModal({ assessment, aspect, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const [form] = Form.useForm<ReturnValues>();
  const giveBack = useReturnAspect();
  const items = assessment.items.filter((i) => i.aspect === aspect);
  const rule = [
    { required: true, whitespace: true, min: 2, message: t('assessments.commentRule') },
  ];
  return (
    <ModalForm<ReturnValues>
      name="aspectReturn"
      title={aspect ? t('assessments.returnTitle', { aspect: labels.aspect(aspect) }) : ''}
      open={aspect !== null}
      form={form}
      width={720}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true, okButtonProps: { danger: true } }}
      onFinish={(v) =>
        aspect
          ? giveBack
              .mutateAsync({
                a: assessment,
                aspect,
                body: {
                  comment: v.comment.trim(),
                  items: v.itemIds.map((itemId) => ({
                    itemId,
                    comment: (v.comments?.[itemId] ?? '').trim(),
                  })),
                },
              })
              .then(() => {
                void message.success(t('assessments.returned'));
                return true;
              })
              .catch((error: unknown) => onApiError(error, form))
          : Promise.resolve(true)
      }
    >
      <ProFormTextArea
        name="comment"
        label={t('assessments.reviewComment')}
        rules={rule}
        fieldProps={{ rows: 3, maxLength: 2000, 'data-testid': 'return-comment' } as object}
      />
      <ProFormSelect
        name="itemIds"
        label={t('assessments.returnItems')}
        rules={[{ required: true, message: t('assessments.returnItemsRule') }]}
        mode="multiple"
        showSearch
        options={items.map((i) => ({ value: i.id, label: `${i.itemCode} ${labels.title(i)}` }))}
        fieldProps={{ optionFilterProp: 'label', 'data-testid': 'return-items' } as object}
      />
      <ProFormDependency name={['itemIds']}>
        {({ itemIds }: { itemIds?: string[] }) =>
          (itemIds ?? []).map((id) => {
            const item = items.find((i) => i.id === id);
            return (
              <ProFormTextArea
                key={id}
                name={['comments', id]}
                label={t('assessments.itemComment', { code: item?.itemCode ?? '' })}
                rules={rule}
                fieldProps={
                  {
                    rows: 2,
                    maxLength: 1000,
                    'data-testid': `return-item-comment-${item?.itemCode ?? id}`,
                  } as object
                }
              />
            );
          })
        }
      </ProFormDependency>
    </ModalForm>
  );
}
