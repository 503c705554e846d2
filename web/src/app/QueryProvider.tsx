import {
  isCancelledError,
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { aboutSession, followSession } from '../api/session.ts';

const clientError = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => void followSession(queryClient, error) }),
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
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const [client] = useState(createQueryClient);

  // Reads that fail for a reason other than the session are reported here, in the current language;
  // writes report through useApiError. A failed read is a query whose fetch ends in an error (after
  // its retries); a cancelled fetch is not a failure.
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error: unknown = event.action.error;
        if (isCancelledError(error) || aboutSession(error)) return;
        notification.error({
          message: t('error.title'),
          description: error instanceof Error ? error.message : String(error),
        });
      }),
    [client, notification, t],
  );

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
