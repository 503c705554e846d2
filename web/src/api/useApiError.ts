import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './client.ts';

function holds(values: unknown, path: string[]): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Reports a failed write: the server's message in a notification, its field messages on the form's
 * fields. A stale version reloads the data. Returns true when the form should close (its record is stale).
 */
export function useApiError() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  return (error: unknown, form?: FormInstance): boolean => {
    if (!(error instanceof ApiError)) {
      notification.error({
        message: t('error.title'),
        description: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
    const values: unknown = form?.getFieldsValue(true) ?? {};
    const shown: { name: string[]; errors: string[] }[] = [];
    const elsewhere: string[] = [];
    for (const [path, message] of Object.entries(error.fields)) {
      const name = path.split('.');
      if (form && holds(values, name)) shown.push({ name, errors: [message] });
      else elsewhere.push(message);
    }
    form?.setFields(shown);
    const description = [error.message, ...elsewhere].join('；');
    if (error.code === 'STALE_VERSION') {
      notification.warning({ message: t('error.staleTitle'), description });
      void queryClient.invalidateQueries();
      return true;
    }
    notification.error({ message: t('error.title'), description });
    return false;
  };
}
