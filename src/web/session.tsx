import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeResponse } from '../shared/accounts.ts';
import { api, ApiError, setCsrfToken } from './api/client.ts';

interface SessionValue {
  /** undefined while loading, null when logged out. */
  me: MeResponse | null | undefined;
  workspaceId: string | null;
  refresh(): Promise<void>;
  /** Store the answer of login / sign-up / switch. */
  setMe(me: MeResponse | null): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<MeResponse | null | undefined>(undefined);
  const setMe = useCallback((value: MeResponse | null) => {
    setCsrfToken(value?.csrfToken ?? null);
    setMeState(value);
  }, []);
  const refresh = useCallback(async () => {
    try {
      setMe(await api.get<MeResponse>('/api/auth/me'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setMe(null);
      else throw err;
    }
  }, [setMe]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ me, workspaceId: me?.currentWorkspaceId ?? null, refresh, setMe }), [me, refresh, setMe]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside SessionProvider');
  return ctx;
}

/** The current workspace id inside the team area (the layout guarantees one). */
export function useWorkspaceId(): string {
  const { workspaceId } = useSession();
  if (!workspaceId) throw new Error('no current workspace');
  return workspaceId;
}
