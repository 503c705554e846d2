import {
  EMAIL_MODE_LABELS,
  EMAIL_MODES,
  IN_APP_MODES,
  MAIL_LOCALES,
  type NotificationPreferences,
} from '@contracts';
import { App, Button, Card, Form, Input, Radio, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../queries.ts';

type Values = {
  email: string;
  locale: NotificationPreferences['locale'];
  inApp: NotificationPreferences['channels']['inApp'];
  emailMode: NotificationPreferences['channels']['email'];
};

/** How a person is told of new work: in the product, by mail at once or in a morning digest, or not. */
export function NotificationSettingsCard() {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [form] = Form.useForm<Values>();
  const emailMode = Form.useWatch('emailMode', form);
  const address = Form.useWatch('email', form);

  useEffect(() => {
    const p = preferences.data;
    if (!p) return;
    form.setFieldsValue({
      email: p.email ?? '',
      locale: p.locale,
      inApp: p.channels.inApp,
      emailMode: p.channels.email,
    });
  }, [preferences.data, form]);

  const submit = async (v: Values) => {
    try {
      await save.mutateAsync({
        email: v.email.trim() === '' ? null : v.email.trim(),
        locale: v.locale,
        channels: { inApp: v.inApp, email: v.emailMode },
      });
      void message.success(t('common.saved'));
    } catch (e) {
      onApiError(e, form);
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('notifications.settings')}</h2>}>
      {preferences.isLoading ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 520 }}
          onFinish={(v) => void submit(v)}
          data-testid="notification-settings"
        >
          <Form.Item name="inApp" label={t('notifications.inApp')}>
            <Radio.Group
              options={IN_APP_MODES.map((m) => ({
                value: m,
                label: t(`notifications.inAppModes.${m}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="emailMode" label={t('notifications.email')}>
            <Radio.Group
              options={EMAIL_MODES.map((m) => ({ value: m, label: EMAIL_MODE_LABELS[m][lang] }))}
            />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('notifications.address')}
            extra={
              emailMode !== 'off' && !address?.trim()
                ? t('notifications.noAddress')
                : t('notifications.addressHint')
            }
            rules={[{ type: 'email', message: t('notifications.addressInvalid') }]}
          >
            <Input type="email" autoComplete="email" data-testid="notification-email" />
          </Form.Item>
          <Form.Item name="locale" label={t('notifications.locale')}>
            <Radio.Group
              options={MAIL_LOCALES.map((l) => ({
                value: l,
                label: t(`notifications.locales.${l}`),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
