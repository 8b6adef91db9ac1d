import type { NotificationCategory, NotificationPreferenceStateDto } from '@kokemus/api-client';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useNotificationPreferences } from '../api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';

/** Which notifications also come by e-mail. In-app notifications always arrive; money and safety by e-mail too. */
export function NotificationPreferencesForm() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (preferences.isError) return <ProblemAlert problem={toApiProblem(preferences.error)} />;
  return <PreferencesForm items={preferences.data.items} />;
}

function PreferencesForm({ items }: { items: readonly NotificationPreferenceStateDto[] }) {
  const { t } = useTranslation();
  const update = useUpdateNotificationPreferences();
  const [email, setEmail] = useState<Partial<Record<NotificationCategory, boolean>>>(() =>
    Object.fromEntries(items.map((item) => [item.category, item.email])),
  );
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    update.mutate(
      {
        // Locked categories are not the person's to change: they are left out rather than sent as "on".
        body: {
          items: items
            .filter((item) => !item.locked)
            .map((item) => ({ category: item.category, email: email[item.category] ?? item.email })),
        },
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          setProblem(toApiProblem(error));
          requestAnimationFrame(() => problemRef.current?.focus());
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      {problem ? <ProblemAlert problem={problem} ref={problemRef} className="mb-m" /> : null}
      <div className="form-stack">
        <CheckboxGroup
          id="notification-email"
          labelText={t('notifications.preferences.groupLabel')}
          groupHintText={t('notifications.preferences.lead')}
        >
          {items.map((item) => (
            <Checkbox
              key={item.category}
              id={`notification-email-${item.category}`}
              checked={item.locked ? true : (email[item.category] ?? item.email)}
              disabled={item.locked}
              className={item.locked ? 'locked-choice' : undefined}
              hintText={item.locked ? t('notifications.preferences.locked') : undefined}
              onClick={({ checkboxState }) => {
                setSaved(false);
                setEmail((current) => ({ ...current, [item.category]: checkboxState }));
              }}
            >
              {t(`notifications.category.${item.category}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div>
          <Button type="submit" disabled={update.isPending}>
            {t('notifications.preferences.save')}
          </Button>
        </div>
        <div aria-live="polite">
          {saved ? <InlineAlert status="neutral">{t('notifications.preferences.saved')}</InlineAlert> : null}
        </div>
      </div>
    </form>
  );
}
