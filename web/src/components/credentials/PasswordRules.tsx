import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { PASSWORD_HISTORY, PASSWORD_MIN_LENGTH } from '@contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PasswordCheck } from './passwordChecks.ts';

/** The password rules, ticked off live as the user types. */
export function PasswordRules({ checks }: { checks: PasswordCheck[] }) {
  const { t } = useTranslation();
  const text = (key: PasswordCheck['key']) =>
    t(`password.rule.${key}`, { min: PASSWORD_MIN_LENGTH });
  return (
    <ul
      aria-label={t('password.rulesTitle')}
      data-testid="password-rules"
      style={{ listStyle: 'none', padding: 0, margin: '0 0 16px' }}
    >
      {checks.map((check) => (
        <li
          key={check.key}
          style={{ display: 'flex', gap: 8, alignItems: 'center', lineHeight: '24px' }}
        >
          {check.met ? (
            <CheckCircleFilled style={{ color: '#237804' }} aria-hidden />
          ) : (
            <CloseCircleOutlined style={{ color: '#a8071a' }} aria-hidden />
          )}
          <span>{text(check.key)}</span>
          <span className="sr-only">{check.met ? t('password.met') : t('password.notMet')}</span>
        </li>
      ))}
      <li style={{ lineHeight: '24px' }}>
        <Typography.Text type="secondary">
          {t('password.rule.history', { count: PASSWORD_HISTORY })}
        </Typography.Text>
      </li>
    </ul>
  );
}
