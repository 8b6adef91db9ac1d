import type { ClaimDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { stepsOf, whereNow } from '../fees.rules';

/** The claim's path from made to paid: each step done, now here or to come, in words as well as marks. */
export function ClaimSteps({ claim }: { claim: ClaimDto }) {
  const { t, i18n } = useTranslation();
  const where = whereNow(t, claim, i18n.language);
  if (claim.status === 'cancelled') return <p className="claim-where">{t('fees.claim.cancelledNote')}</p>;
  return (
    <>
      <p className={`claim-where${claim.overdue ? ' overdue' : ''}`} data-testid="claim-where">
        {where}
      </p>
      <ol className="claim-steps">
        {stepsOf(claim.status).map((step) => (
          <li
            key={step.key}
            className={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            {t(`fees.claim.step.${step.key}`)}{' '}
            <span className="step-state">({t(`fees.claim.stepState.${step.state}`)})</span>
          </li>
        ))}
      </ol>
    </>
  );
}
