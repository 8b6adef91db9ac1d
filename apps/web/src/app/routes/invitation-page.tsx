import '../../features/auth/invitation-strings';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InvitationForm, InvitationLinkProblem } from '../../features/auth/components/invitation-form';
import { Page } from '../../shared/ui/page';

const route = getRouteApi('/invitation');

/** Where a new expert goes once signed in: the agreements to accept, when the app has that page. */
const AFTER_ACCEPTING = '/my-agreements';

/**
 * The page the invitation e-mail links to: the person creates a password and is signed in, exactly as
 * after signing in. The link's token is the only thing known about them here (not even the e-mail).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const router = useRouter();

  const onAccepted = () => {
    const target = AFTER_ACCEPTING in router.routesByPath ? AFTER_ACCEPTING : '/';
    // Replace: going back must not return to a link that no longer works.
    void navigate({ href: target, replace: true });
  };

  return (
    <div className="narrow">
      <Page title={t('invitation.title')}>
        {token ? (
          <InvitationForm token={token} onAccepted={onAccepted} />
        ) : (
          <InvitationLinkProblem problem="invalid" />
        )}
      </Page>
    </div>
  );
}
