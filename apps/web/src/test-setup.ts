import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
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

configureApiClient('http://localhost:3000');
initI18n('fi');

afterEach(async () => {
  cleanup();
  session.end();
  window.localStorage.clear();
  await i18n.changeLanguage('fi');
});
