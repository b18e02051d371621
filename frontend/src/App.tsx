import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import type { i18n as I18n } from 'i18next';
import { publicClient } from './api/client';
import { SessionProvider } from './auth/SessionProvider';
import { PageLoading } from './components/PageLoading';
import { LocaleProvider } from './i18n/LocaleProvider';
import { createRouter } from './router';

const router = createRouter();

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProvider>
        {/* Signed out, only the public client is there; the workspace brings its own. */}
        <Provider value={publicClient}>
          <SessionProvider>
            <Suspense fallback={<PageLoading />}>
              <RouterProvider router={router} />
            </Suspense>
          </SessionProvider>
        </Provider>
      </LocaleProvider>
    </I18nextProvider>
  );
}
