import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { followSession } from '../api/session.ts';

const clientError = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

export function QueryProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const report = useRef<(error: unknown) => void>(() => undefined);
  // The client outlives renders; the reporter follows the current language.
  report.current = (error: unknown) =>
    notification.error({
      message: t('error.title'),
      description: error instanceof Error ? error.message : String(error),
    });

  const [client] = useState(() => {
    const queryClient: QueryClient = new QueryClient({
      // Reads that fail for a reason other than the session are reported here; writes report through useApiError.
      queryCache: new QueryCache({
        onError: (error) => followSession(queryClient, error) || report.current(error),
      }),
      mutationCache: new MutationCache({ onError: (error) => followSession(queryClient, error) }),
      defaultOptions: {
        queries: {
          retry: (count, error) => !clientError(error) && count < 2,
          refetchOnWindowFocus: false,
          staleTime: 15_000,
        },
        mutations: { retry: false },
      },
    });
    return queryClient;
  });

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
