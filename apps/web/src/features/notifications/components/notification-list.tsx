import type { NotificationDto } from '@kokemus/api-client';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link as SuomifiLink, Paragraph } from 'suomifi-ui-components';
import { formatDateTime } from '../../../shared/format/date';
import { internalPath } from '../notifications.rules';

type Props = {
  notifications: readonly NotificationDto[];
  onRead: (notification: NotificationDto) => void;
  busyId: string | null;
};

/** One card per notification; an unread one says so in words, not only by its look. */
export function NotificationList({ notifications, onRead, busyId }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  const follow = (event: MouseEvent<HTMLAnchorElement>, notification: NotificationDto, path: string) => {
    if (!notification.readAt) onRead(notification);
    // A new tab or window (Ctrl/Cmd/Shift/middle click) is the browser's job; the rest stays in the app.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href: path });
  };

  return (
    <ul className="plain-list notification-list">
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        const path = internalPath(notification.link);
        const headingId = `notification-${notification.id}`;
        return (
          <li
            key={notification.id}
            className={unread ? 'notification-card unread' : 'notification-card'}
            aria-labelledby={headingId}
          >
            <Heading variant="h2" id={headingId} tabIndex={-1} className="notification-title">
              {unread ? <span className="notification-new">{t('notifications.unread')}</span> : null}
              {path ? (
                <SuomifiLink href={path} onClick={(event) => follow(event, notification, path)}>
                  {notification.title}
                </SuomifiLink>
              ) : (
                notification.title
              )}
            </Heading>
            <p className="notification-meta">
              {t(`notifications.category.${notification.category}`)} ·{' '}
              {t('notifications.received', { date: formatDateTime(notification.createdAt, i18n.language) })}
            </p>
            <Paragraph className="notification-body">{notification.body}</Paragraph>
            {unread ? (
              <Button
                variant="secondary"
                className="notification-mark-read"
                disabled={busyId === notification.id}
                onClick={() => onRead(notification)}
              >
                {t('notifications.markRead')}
                <span className="visually-hidden">: {notification.title}</span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
