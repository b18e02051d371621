import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { publicClient } from '../api/client';
import type { PayloadError } from '../api/errors';
import { fromApiLocale, rememberLanguage, takeLanguageChosenBeforeSignIn, toApiLocale } from '../i18n';
import { PageLoading } from '../components/PageLoading';
import { MeUpdateLocale, TokenCreate } from './documents';
import {
  clearSession,
  loadSession,
  logoutWithCookie,
  mayRestore,
  refreshSession,
  refreshWithCookie,
  saveSession,
  subscribeSession,
  type Session,
} from './session';

export type SignOutReason = 'user' | 'expired';

interface SessionContextValue {
  session: Session | null;
  /** Why the last session ended, for the sign-in page to say so. */
  endedBecause: SignOutReason | null;
  signIn(email: string, password: string): Promise<readonly PayloadError[]>;
  signOut(): Promise<void>;
  /** The session could not be refreshed: forget it and go back to the sign-in page. */
  sessionEnded(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);
  // After a reload the access token is gone: the refresh cookie restores it before any page shows.
  const [restoring, setRestoring] = useState(() => loadSession() === null && mayRestore());

  useEffect(() => subscribeSession(() => setSession(loadSession())), []);

  useEffect(() => {
    if (!restoring) return;
    refreshSession(undefined, refreshWithCookie)
      .catch(() => null)
      .finally(() => setRestoring(false));
  }, [restoring]);

  const signIn = useCallback(
    async (email: string, password: string): Promise<readonly PayloadError[]> => {
      const result = await publicClient.mutation(TokenCreate, { email, password }).toPromise();
      if (result.error) throw result.error;
      const payload = result.data?.tokenCreate;
      if (!payload) throw new Error('No answer from tokenCreate');
      if (payload.errors.length > 0) return payload.errors;
      if (!payload.accessToken || !payload.user) throw new Error('Incomplete tokenCreate answer');
      const saved = fromApiLocale(payload.user.locale);
      const chosen = takeLanguageChosenBeforeSignIn();
      const language = chosen ?? saved;
      if (language !== saved) {
        // Saved before the session starts, so the workspace reads the new preference.
        await publicClient
          .mutation(
            MeUpdateLocale,
            { locale: toApiLocale(language) },
            { fetchOptions: { headers: { Authorization: `Bearer ${payload.accessToken}` } } },
          )
          .toPromise();
      }
      rememberLanguage(language);
      await i18n.changeLanguage(language);
      setEndedBecause(null);
      saveSession({
        userId: payload.user.id,
        accessToken: payload.accessToken,
        accessTokenExpiresAt: payload.accessTokenExpiresAt ?? new Date().toISOString(),
      });
      return [];
    },
    [i18n],
  );

  const signOut = useCallback(async () => {
    setEndedBecause('user');
    clearSession();
    // Revoke on the server too (and clear the cookie); signing out locally does not wait on it.
    await logoutWithCookie().catch(() => undefined);
  }, []);

  const sessionEnded = useCallback(() => {
    setEndedBecause('expired');
    clearSession();
  }, []);

  const value = useMemo(
    () => ({ session, endedBecause, signIn, signOut, sessionEnded }),
    [session, endedBecause, signIn, signOut, sessionEnded],
  );
  return <SessionContext.Provider value={value}>{restoring ? <PageLoading /> : children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
