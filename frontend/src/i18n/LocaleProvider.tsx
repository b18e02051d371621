import { App, ConfigProvider, theme as antdTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '.';

dayjs.extend(utc);
dayjs.extend(timezone);

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif';

export const THEME = {
  algorithm: antdTheme.defaultAlgorithm,
  token: {
    colorPrimary: '#1f5fd6',
    colorInfo: '#1f5fd6',
    colorSuccess: '#2e9d5b',
    colorWarning: '#d88a14',
    colorError: '#d64541',
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    colorBgLayout: '#f4f6fa',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px' },
    Menu: { itemBorderRadius: 6, groupTitleFontSize: 12 },
    Card: { headerFontSize: 15 },
  },
};

/** Ant Design's texts, dayjs and <html lang> follow the UI language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);

  // Global and idempotent: set before the pickers below render.
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
