import type { UnitDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useDeactivateUnit } from '../api/deactivate-unit';
import { useReactivateUnit } from '../api/reactivate-unit';
import { useUnitStale } from '../api/update-unit';
import { unitName } from '../units.rules';

/** Deactivating keeps the unit's history but stops new orders; it asks for a confirmation first. */
export function UnitStatusSection({ unit, onChanged }: { unit: UnitDto; onChanged: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const deactivate = useDeactivateUnit();
  const reactivate = useReactivateUnit();
  const stale = useUnitStale();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const name = unitName(unit, i18n.language);

  const options = { path: { id: unit.id }, headers: ifMatchHeader(unit) };
  const onError = (error: unknown) => {
    const p = toApiProblem(error);
    setProblem(p);
    if (p.status === 412) void stale(unit.id);
  };

  return (
    <section aria-labelledby="unit-status-heading" className="panel">
      <Heading variant="h2" id="unit-status-heading" mb="s">
        {t('units.status.heading')}
      </Heading>
      <div aria-live="polite">{problem ? <ProblemAlert problem={problem} /> : null}</div>
      {unit.active ? (
        confirming ? (
          <div role="group" aria-labelledby="unit-deactivate-question">
            <Paragraph id="unit-deactivate-question" mb="s">
              {t('units.status.confirm', { name })}
            </Paragraph>
            <div className="button-row">
              <Button
                autoFocus
                disabled={deactivate.isPending}
                onClick={() =>
                  deactivate.mutate(options, {
                    onSuccess: () => {
                      setConfirming(false);
                      setProblem(null);
                      onChanged(t('units.status.deactivated', { name }));
                    },
                    onError: (error) => {
                      setConfirming(false);
                      onError(error);
                    },
                  })
                }
              >
                {t('units.status.confirmDeactivate')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <>
            <Paragraph mb="s">{t('units.status.activeText')}</Paragraph>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('units.status.deactivate')}
            </Button>
          </>
        )
      ) : (
        <>
          <Paragraph mb="s">{t('units.status.inactiveText')}</Paragraph>
          <Button
            variant="secondary"
            disabled={reactivate.isPending}
            onClick={() =>
              reactivate.mutate(options, {
                onSuccess: () => {
                  setProblem(null);
                  onChanged(t('units.status.reactivated', { name }));
                },
                onError,
              })
            }
          >
            {t('units.status.reactivate')}
          </Button>
        </>
      )}
    </section>
  );
}
