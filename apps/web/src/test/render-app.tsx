import type { MeDto } from '@kokemus/api-client';
import { getMeQueryKey } from '@kokemus/api-client/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, createApp } from '../app/app';
import { session } from '../shared/api/session';
import { onTestFinished } from 'vitest';
import { token } from './fixtures';

/** Renders the real app (router, shell, lazy routes) at `path`, optionally already signed in as `user`. */
export async function renderApp(path: string, user?: MeDto) {
  if (user) session.start(token(user));
  const app = createApp(createMemoryHistory({ initialEntries: [path] }));
  onTestFinished(app.disconnect);
  if (user) app.queryClient.setQueryData(getMeQueryKey(), user);
  const view = render(<App queryClient={app.queryClient} router={app.router} />);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { ...app, view, user: userEvent.setup({ delay: null }) };
}
