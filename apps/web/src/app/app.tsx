import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RouterHistory, RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { loadSignedInUser } from '../features/auth/api/restore-session';
import { ApiProblem } from '../shared/api/api-problem';
import { i18n } from '../shared/i18n/i18n';
import { type AppRouter, createAppRouter } from './router';
import { connectSession } from './session-sync';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a lost connection or a busy server may.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function createApp(history?: RouterHistory) {
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient, loadUser: () => loadSignedInUser(queryClient) }, history);
  const disconnect = connectSession(queryClient, router);
  return { queryClient, router, disconnect };
}

export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
