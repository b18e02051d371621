import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { publicClient } from '../api/client';
import type { PayloadError } from '../api/errors';
import { fromApiLocale, rememberLanguage, takeLanguageChosenBeforeSignIn, toApiLocale } from '../i18n';
import { MeUpdateLocale, TokenCreate, TokenRevoke } from './documents';
import { clearSession, loadSession, saveSession, subscribeSession, type Session } from './session';

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

  useEffect(() => subscribeSession(() => setSession(loadSession())), []);

  const signIn = useCallback(
    async (email: string, password: string): Promise<readonly PayloadError[]> => {
      const result = await publicClient.mutation(TokenCreate, { email, password }).toPromise();
      if (result.error) throw result.error;
      const payload = result.data?.tokenCreate;
      if (!payload) throw new Error('No answer from tokenCreate');
      if (payload.errors.length > 0) return payload.errors;
      if (!payload.accessToken || !payload.refreshToken || !payload.user) throw new Error('Incomplete tokenCreate answer');
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
        refreshToken: payload.refreshToken,
      });
      return [];
    },
    [i18n],
  );

  const signOut = useCallback(async () => {
    const current = loadSession();
    setEndedBecause('user');
    clearSession();
    if (current) {
      // Revoke on the server too; signing out locally does not wait on it.
      await publicClient.mutation(TokenRevoke, { refreshToken: current.refreshToken }).toPromise();
    }
  }, []);

  const sessionEnded = useCallback(() => {
    setEndedBecause('expired');
    clearSession();
  }, []);

  const value = useMemo(
    () => ({ session, endedBecause, signIn, signOut, sessionEnded }),
    [session, endedBecause, signIn, signOut, sessionEnded],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
