import type { OrientationCheckDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { catalogLabel } from '../../../shared/format/catalog-label';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useSetOrientationChecks } from '../api/set-orientation-checks';
import { orientationLeft } from '../onboarding.rules';

/**
 * The county's orientation checklist for one applicant: at the orientation step the coordinator ticks
 * what was gone through and saves; orientation can be marked done when nothing is left. After the step
 * it is shown as it was left.
 */
export function OrientationChecklist({
  applicationId,
  items,
  editable,
}: {
  applicationId: string;
  items: OrientationCheckDto[];
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const save = useSetOrientationChecks();
  const saved = items.filter((i) => i.done).map((i) => i.itemId);
  const [done, setDone] = useState<string[]>(saved);
  const [notice, setNotice] = useState('');
  const left = orientationLeft(items, done);
  const changed = done.length !== saved.length || done.some((id) => !saved.includes(id));

  if (!editable)
    return (
      <ul className="plain-list orientation-list">
        {items.map((i) => (
          <li key={i.itemId}>
            {i.done ? '✓ ' : '– '}
            {catalogLabel(i, i18n.language)}
            {i.doneAt ? (
              <span className="hint">
                {' '}
                ({formatDateTime(i.doneAt, i18n.language)}
                {i.doneByName ? `, ${i.doneByName}` : ''})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setNotice('');
        save.mutate(
          { path: { id: applicationId }, body: { doneItemIds: done } },
          {
            onSuccess: () =>
              setNotice(
                left === 0
                  ? t('onboarding.orientation.savedAll')
                  : t('onboarding.orientation.saved', { count: left }),
              ),
          },
        );
      }}
    >
      <fieldset className="apply-fieldset">
        <legend>{t('onboarding.orientation.legend')}</legend>
        <p className="hint">{t('onboarding.orientation.hint')}</p>
        {items.map((i) => (
          <Checkbox
            key={i.itemId}
            id={`orientation-${i.itemId}`}
            checked={done.includes(i.itemId)}
            onClick={({ checkboxState }) => {
              setNotice('');
              setDone((d) => (checkboxState ? [...d, i.itemId] : d.filter((x) => x !== i.itemId)));
            }}
          >
            {catalogLabel(i, i18n.language)}
          </Checkbox>
        ))}
      </fieldset>
      <p className="hint">
        {left === 0 ? t('onboarding.orientation.allDone') : t('onboarding.orientation.left', { count: left })}
      </p>
      {save.isError ? <ProblemAlert problem={toApiProblem(save.error)} /> : null}
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {t('onboarding.orientation.save')}
        </Button>
        {changed ? <span className="hint">{t('onboarding.orientation.unsaved')}</span> : null}
      </div>
      <div role="status" className="notice">
        {notice}
      </div>
    </form>
  );
}
