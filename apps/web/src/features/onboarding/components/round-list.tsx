import type { RecruitmentRoundDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/date';
import { roundState } from '../onboarding.rules';

/** The rounds, newest first, as cards: when the form is open, the quota and how much of it is filled. */
export function RoundList({
  rounds,
  today,
  labelledBy,
}: {
  rounds: readonly RecruitmentRoundDto[];
  today: string;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy}>
      {rounds.map((round) => {
        const state = roundState(round, today);
        return (
          <li key={round.id} className={`onboarding-round ${state}`}>
            <h3 className="onboarding-application-name">{round.name}</h3>
            <dl className="details details-inline">
              <dt>{t('onboarding.rounds.period')}</dt>
              <dd>
                {t('onboarding.rounds.fromTo', {
                  from: formatDate(round.opensOn),
                  to: formatDate(round.closesOn),
                })}
              </dd>
              <dt>{t('onboarding.rounds.quota')}</dt>
              <dd>{round.quota ?? t('onboarding.rounds.noQuota')}</dd>
              <dt>{t('onboarding.rounds.filled')}</dt>
              <dd>
                {round.quota === null
                  ? round.confirmed
                  : t('onboarding.rounds.filledOf', { confirmed: round.confirmed, quota: round.quota })}
              </dd>
              <dt>{t('onboarding.rounds.state')}</dt>
              <dd>
                {state === 'open' ? (
                  <strong>{t(`onboarding.rounds.states.${state}`)}</strong>
                ) : (
                  t(`onboarding.rounds.states.${state}`)
                )}
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
