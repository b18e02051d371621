import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../gql/graphql';
import { enMessages, zhCNMessages } from './messages';

export const MESSAGES = { 'zh-CN': zhCNMessages, en: enMessages };

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'huikuan.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language chosen on this browser (before sign-in), or the default. */
export function storedLanguage(): Language {
  const value = localStorage.getItem(STORAGE_KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
}

const CHOSEN_KEY = 'huikuan.languageChosenBeforeSignIn';

/** A language picked on the sign-in page: it wins over the one saved for the user who signs in. */
export function chooseLanguageBeforeSignIn(language: Language): void {
  sessionStorage.setItem(CHOSEN_KEY, language);
}

export function takeLanguageChosenBeforeSignIn(): Language | null {
  const value = sessionStorage.getItem(CHOSEN_KEY);
  sessionStorage.removeItem(CHOSEN_KEY);
  return isLanguage(value) ? value : null;
}

export function toApiLocale(language: Language): Locale {
  return language === 'en' ? 'EN' : 'ZH_CN';
}

export function fromApiLocale(locale: Locale): Language {
  return locale === 'EN' ? 'en' : 'zh-CN';
}

/** The BCP 47 tag used with Intl for a UI language. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-US' : 'zh-CN';
}

export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export function createI18n(language: Language): I18n {
  const instance = createInstance();
  instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: MESSAGES['zh-CN'] }, en: { translation: MESSAGES.en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}

/** Translate a key built at run time (an error code, an audit action), or fall back to `fallback`. */
export function translateOr(t: TFunction, key: string, fallback: string): string {
  return (t as unknown as (key: string, options: { defaultValue: string }) => string)(key, { defaultValue: fallback });
}
