import { ProConfigProvider, enUSIntl, zhCNIntl } from '@ant-design/pro-components';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
// The ES builds: `antd/locale/*` re-exports the CommonJS build, whose default export arrives wrapped, so
// components fell back to English texts ("No data") under Chinese.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import './app.css';
import { QueryProvider } from './QueryProvider.tsx';
import { router } from './router.tsx';

// A deeper blue than antd's default and darker secondary text, so text meets WCAG AA contrast.
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b4fa8',
    colorLink: '#0b4fa8',
    colorError: '#cf1322',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';

  return (
    <ConfigProvider
      locale={english ? enUS : zhCN}
      theme={THEME}
      button={{ autoInsertSpace: false }}
    >
      <ProConfigProvider intl={english ? enUSIntl : zhCNIntl}>
        <AntApp>
          <QueryProvider>
            <RouterProvider router={router} />
          </QueryProvider>
        </AntApp>
      </ProConfigProvider>
    </ConfigProvider>
  );
}
