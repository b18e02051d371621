import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab names the page, in the page's language: "客户 · 回款 Huikuan". Without a title
 * (a page still loading) the tab keeps the one it has.
 */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const app = t('app.fullName');
  useEffect(() => {
    if (title) document.title = `${title} · ${app}`;
  }, [title, app]);
}
