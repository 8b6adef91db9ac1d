import { updateMe } from '@kokemus/api-client';
import { getMeQueryKey } from '@kokemus/api-client/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { session } from '../shared/api/session';
import { currentLanguage, i18n } from '../shared/i18n/i18n';
import type { AppRouter } from './router';

let languageChosenWhileSignedOut = false;

/** A language picked on the sign-in page wins over the saved preference, and becomes the new one. */
export function rememberLanguageChoice() {
  languageChosenWhileSignedOut = true;
}

/**
 * Keeps the app in step with the session: the signed-in person goes to the query cache and their
 * language applies; when the session cannot be renewed, cached data is dropped and sign-in comes back,
 * with the way back to where the person was.
 */
export function connectSession(queryClient: QueryClient, router: AppRouter): () => void {
  return session.subscribe((event) => {
    switch (event.type) {
      case 'signed-in': {
        queryClient.setQueryData(getMeQueryKey(), event.user);
        const chosen = currentLanguage();
        if (languageChosenWhileSignedOut) {
          languageChosenWhileSignedOut = false;
          if (event.user.locale !== chosen) {
            void updateMe({ body: { locale: chosen } }).then(({ data }) => {
              if (data) queryClient.setQueryData(getMeQueryKey(), data);
            });
          }
        } else if (event.user.locale !== chosen) {
          void i18n.changeLanguage(event.user.locale);
        }
        break;
      }
      case 'expired': {
        queryClient.clear();
        const here = router.state.location.href;
        void router.navigate({
          to: '/sign-in',
          search: { redirect: here.startsWith('/sign-in') ? undefined : here, reason: 'expired' },
        });
        break;
      }
      case 'signed-out':
        break;
    }
  });
}
