import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api';
import { useT } from './i18n';

export interface ApiData<T> {
  /** The last successful answer; kept while a new request runs so tables do not blink. */
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` whenever it changes (memoize it with useCallback on its inputs) and on reload().
 * A newer request aborts the older one, so a slow answer never overwrites a newer one.
 * `null` means "nothing to load yet" (e.g. no center picked).
 */
export function useApiData<T>(load: ((signal: AbortSignal) => Promise<T>) | null): ApiData<T> {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: string | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: load !== null,
  });

  useEffect(() => {
    if (!load) {
      setState({ data: undefined, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : t('error.network');
        setState((s) => ({ ...s, error: message, loading: false }));
      },
    );
    return () => controller.abort();
  }, [load, attempt, t]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
