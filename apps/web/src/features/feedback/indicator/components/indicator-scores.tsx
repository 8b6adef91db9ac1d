import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { toApiProblem } from '../../../../shared/api/api-problem';
import { formatDate, helsinkiDate } from '../../../../shared/format/date';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { useIndicatorScores } from '../api/indicator';

/** The coordinator's view of one expert's participation indicator over time (each read is audited). */
export function IndicatorScoresSection({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const scores = useIndicatorScores(expertId);
  return (
    <section aria-labelledby="indicator-scores-heading" className="panel">
      <Heading variant="h2" id="indicator-scores-heading" mb="s">
        {t('indicator.scores.title')}
      </Heading>
      {scores.isPending ? null : scores.isError ? (
        <ProblemAlert problem={toApiProblem(scores.error)} />
      ) : scores.data.items.length === 0 ? (
        <p>{t('indicator.scores.none')}</p>
      ) : (
        <table className="indicator-scores" data-testid="indicator-scores">
          <thead>
            <tr>
              <th scope="col">{t('indicator.scores.date')}</th>
              <th scope="col">{t('indicator.scores.reason')}</th>
              <th scope="col">{t('indicator.scores.score')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.data.items.map((s) => (
              <tr key={s.id}>
                <td>{formatDate(helsinkiDate(new Date(s.answeredAt ?? s.askedAt)))}</td>
                <td>{t(`indicator.scores.reasons.${s.reason}`)}</td>
                <td>{s.score === null ? t('indicator.scores.open') : `${s.score}/100`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
