import type { BriefingDto, SupervisionWish } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { formatDateTime } from '../../../../shared/format/date';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { useConfirmTaskBriefing } from '../api/briefings';

const WISHES: SupervisionWish[] = ['none', 'before', 'after', 'both'];

/**
 * The expert marks the briefing read; with a demanding task they first say whether they would like
 * supervision (the coordinators hear). After a change they are asked again.
 */
export function BriefingConfirm({ briefing }: { briefing: BriefingDto }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmTaskBriefing(briefing.occurrenceId);
  const mine = briefing.mine;
  const [wish, setWish] = useState<SupervisionWish>(mine?.supervisionWish ?? 'none');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<SupervisionWish | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  if (!mine) return null;
  const canConfirm = briefing.allowedActions.includes('confirm');

  return (
    <section aria-labelledby="briefing-confirm-heading" className="mt-m">
      <h2 id="briefing-confirm-heading" className="visually-hidden">
        {t('briefing.confirm.button')}
      </h2>
      {mine.readState === 'changed' ? <p className="notice">{t('briefing.confirm.changedNote')}</p> : null}
      {mine.readState === 'read' && mine.readAt ? (
        <p>{t('briefing.confirm.done', { date: formatDateTime(mine.readAt, i18n.language) })}</p>
      ) : null}
      {problem ? <ProblemAlert problem={problem} /> : null}
      {canConfirm ? (
        <form
          noValidate
          className="form-stack"
          onSubmit={(event) => {
            event.preventDefault();
            setProblem(null);
            confirm.mutate(
              {
                path: { occurrenceId: briefing.occurrenceId },
                body: { revision: briefing.revision, ...(briefing.demanding ? { supervision: wish } : {}) },
              },
              {
                onSuccess: () => {
                  setDone(briefing.demanding ? wish : 'none');
                  requestAnimationFrame(() => statusRef.current?.focus());
                },
                onError: (e) => {
                  setProblem(toApiProblem(e));
                },
              },
            );
          }}
        >
          {briefing.demanding ? (
            <RadioButtonGroup
              id="briefing-wish"
              name="briefing-wish"
              labelText={t('briefing.confirm.legend')}
              groupHintText={t('briefing.demanding.expert')}
              value={wish}
              onChange={(value) => setWish(value as SupervisionWish)}
            >
              {WISHES.map((w) => (
                <RadioButton key={w} value={w} id={`briefing-wish-${w}`}>
                  {t(`briefing.wish.${w}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          ) : null}
          <div className="button-row">
            <Button type="submit" disabled={confirm.isPending}>
              {t('briefing.confirm.button')}
            </Button>
          </div>
        </form>
      ) : null}
      <div role="status" className="notice" ref={statusRef} tabIndex={-1}>
        {done
          ? `${t('briefing.confirm.thanks')}${
              done !== 'none'
                ? ` ${t('briefing.confirm.wishSaved', { wish: t(`briefing.wish.${done}`) })}`
                : ''
            }`
          : ''}
      </div>
    </section>
  );
}
