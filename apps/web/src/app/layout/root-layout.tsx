import { Outlet, useMatches } from '@tanstack/react-router';
import { AppShell } from './app-shell';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * The page brings its own frame instead of the app shell (the participants' public form: no banner,
     * no menu, no sign-in, nothing to lead a patient or a pupil elsewhere).
     */
    bare?: boolean;
  }
}

/** The root of every page: the app shell, unless the matched route asks to stand on its own. */
export function RootLayout() {
  const bare = useMatches({ select: (matches) => matches.some((match) => match.staticData?.bare) });
  return bare ? <Outlet /> : <AppShell />;
}
