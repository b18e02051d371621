import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { combinedErrorText } from '../api/errors';
import { MeUpdateLocale } from '../auth/documents';
import { useSession } from '../auth/SessionProvider';
import { chooseLanguageBeforeSignIn, currentLanguage, isLanguage, LANGUAGES, rememberLanguage, toApiLocale, type Language } from '.';

/**
 * 简体中文 ↔ English. Remembered on this browser, and for a signed-in user also on the server
 * (`meUpdate`), so it follows them to another device. Picked on the sign-in page, it is saved for
 * whoever signs in next in this tab.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const [, updateLocale] = useMutation(MeUpdateLocale);
  const language = currentLanguage(i18n);

  const change = async (next: Language) => {
    if (next === language) return;
    rememberLanguage(next);
    await i18n.changeLanguage(next);
    if (session) {
      const result = await updateLocale({ locale: toApiLocale(next) });
      if (result.error) message.error(combinedErrorText(t, result.error));
    } else {
      chooseLanguageBeforeSignIn(next);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((key) => ({ key, label: t(`language.${key}`), lang: key })),
        onClick: ({ key }) => {
          if (isLanguage(key)) void change(key);
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('language.label')} data-testid="language-switch">
        <span className="language-switch-label">{t(`language.${language}`)}</span>
      </Button>
    </Dropdown>
  );
}
