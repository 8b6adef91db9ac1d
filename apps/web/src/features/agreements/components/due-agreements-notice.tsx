import '../agreements-strings';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, RouterLink } from 'suomifi-ui-components';
import { useMyAgreements } from '../api/list-my-agreements';

/**
 * On an expert's home page while something waits to be accepted (no new offers until then). Nothing is
 * shown while loading or when the list cannot be read: the page itself explains that.
 */
export function DueAgreementsNotice() {
  const { t } = useTranslation();
  const mine = useMyAgreements();
  if (!mine.data || mine.data.dueCount === 0) return null;
  return (
    <InlineAlert status="warning" className="mb-m agreements-notice">
      <p>{t('agreements.notice.due', { count: mine.data.dueCount })}</p>
      <RouterLink asComponent={Link} to="/my-agreements">
        {t('agreements.notice.link')}
      </RouterLink>
    </InlineAlert>
  );
}
