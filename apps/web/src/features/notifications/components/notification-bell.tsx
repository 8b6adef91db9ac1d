import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/count-unread-notifications';

/** A bell outline; the link's text says what it is, so the picture is hidden from assistive technology. */
function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      className="bell-icon"
    >
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16.2A1 1 0 0 0 5.2 17.7h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.4 16a2.5 2.5 0 0 0 4.8 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** The header's bell: how many notifications are unread; asks every minute and when the tab regains focus. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount().data ?? 0;
  const label = count > 0 ? t('notifications.bell', { count }) : t('notifications.bellNone');
  return (
    <Link to="/notifications" className="notification-bell" data-testid="notification-bell">
      <BellIcon />
      <span className="visually-hidden">{label}</span>
      {count > 0 ? (
        <span className="notification-bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
