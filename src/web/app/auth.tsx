import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { sessionResponseSchema } from '../../shared/auth.contract';
import type { Me, SessionResponse, SignInBody } from '../../shared/auth.contract';
import { ApiError, apiRequest, setAuthRequiredHandler, setCsrfToken } from './api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me }
  /** The session check itself failed (server down, 5xx): neither signed in nor out. */
  | { status: 'error'; message: string };

interface AuthContextValue {
  state: AuthState;
  signIn: (body: SignInBody) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind a route guard. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe() while not signed in');
  return state.me;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const startSession = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', me: session.user });
  }, []);
  const endSession = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  // The session lives in an httpOnly cookie, so asking the server is the only way to know it.
  useEffect(() => {
    const controller = new AbortController();
    apiRequest('GET', '/api/v1/auth/me', sessionResponseSchema, { signal: controller.signal }).then(
      startSession,
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) endSession();
        else setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [attempt, startSession, endSession]);

  useEffect(() => {
    setAuthRequiredHandler(endSession);
    return () => setAuthRequiredHandler(null);
  }, [endSession]);

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      signIn: async (body) => {
        const session = await apiRequest('POST', '/api/v1/auth/sign-in', sessionResponseSchema, { body });
        startSession(session);
      },
      signOut: async () => {
        try {
          await apiRequest('POST', '/api/v1/auth/sign-out', null);
        } catch (error) {
          // Already signed out on the server is as good as signing out now.
          if (!(error instanceof ApiError && error.status === 401)) throw error;
        }
        endSession();
      },
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, startSession, endSession],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}
