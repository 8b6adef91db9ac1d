import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { configureApiClient } from './shared/api/api-client';
import { session } from './shared/api/session';
import { i18n, initI18n } from './shared/i18n/i18n';

// jsdom lacks these; Suomi.fi's popovers ask for them.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= () => undefined;

// Every test sees the same "today": Thursday 26 November 2026, 12:00 in Helsinki. Only Date is faked,
// so timers, waits and animations run as usual; fixtures' dates are written against this day.
export const WEB_TEST_NOW = new Date('2026-11-26T10:00:00.000Z');
vi.useFakeTimers({ now: WEB_TEST_NOW, toFake: ['Date'] });

// A component's timer that is still waiting when a file's last test ends (Suomi.fi's tooltips and
// announcers use them) would fire after jsdom is gone and fail the run with "window is not defined".
// The timers started here are remembered and the ones still waiting are dropped before the teardown.
const waiting = new Set<ReturnType<typeof setTimeout>>();
const startTimer = globalThis.setTimeout;
const stopTimer = globalThis.clearTimeout;
globalThis.setTimeout = ((run: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const handle = startTimer(() => {
    waiting.delete(handle);
    run(...args);
  }, ms);
  waiting.add(handle);
  return handle;
}) as typeof setTimeout;
globalThis.clearTimeout = ((handle?: ReturnType<typeof setTimeout>) => {
  if (handle !== undefined) waiting.delete(handle);
  stopTimer(handle);
}) as typeof clearTimeout;
afterAll(() => {
  for (const handle of waiting) stopTimer(handle);
  waiting.clear();
});

configureApiClient('http://localhost:3000');
initI18n('fi');

afterEach(async () => {
  cleanup();
  session.end();
  window.localStorage.clear();
  await i18n.changeLanguage('fi');
});
