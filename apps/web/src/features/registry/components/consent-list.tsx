import type { ConsentDto, ConsentKind } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { consentStates } from '../registry.rules';

/** Who reads the list: the person themselves (plain "I" language) or a coordinator recording it for them. */
export type ConsentAudience = 'self' | 'coordinator';

/**
 * The four consents, each with whether it is in force, when it was given and withdrawn, and one button to
 * give or withdraw it. One column on a phone.
 */
export function ConsentList({
  consents,
  audience,
  pending,
  onChange,
}: {
  consents: readonly ConsentDto[];
  audience: ConsentAudience;
  pending: boolean;
  onChange: (kind: ConsentKind, give: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const period = (consent: ConsentDto) =>
    consent.withdrawnAt
      ? t('registry.consents.givenWithdrawn', {
          given: when(consent.givenAt),
          withdrawn: when(consent.withdrawnAt),
        })
      : t('registry.consents.givenAt', { date: when(consent.givenAt) });
  return (
    <ul className="plain-list record-list">
      {consentStates(consents).map(({ kind, given, latest, earlier }) => {
        const name = t(`registry.consent.${kind}`);
        const action = t(`registry.consents.${audience}.${given ? 'withdraw' : 'give'}`);
        return (
          <li key={kind} className="record-row consent-row">
            <div>
              <p className="consent-name">{name}</p>
              <p className="hint">{t(`registry.consents.${audience}.about.${kind}`)}</p>
              <p className="consent-state">
                {`${given ? t('registry.consents.inForce') : t('registry.consents.notInForce')} · ${
                  latest ? period(latest) : t('registry.consents.never')
                }`}
              </p>
              {earlier.length > 0 ? (
                <p className="hint">
                  {t('registry.consents.earlier', { list: earlier.map(period).join('; ') })}
                </p>
              ) : null}
            </div>
            <Button
              type="button"
              variant={given ? 'secondary' : 'default'}
              disabled={pending}
              aria-label={`${action}: ${name}`}
              onClick={() => onChange(kind, !given)}
            >
              {action}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The consents as a page section of their own, with a heading, a short explanation and its own notice of
 * what was just recorded (or why it failed).
 */
export function ConsentSection({
  id,
  consents,
  audience,
  pending,
  onChange,
}: Omit<Parameters<typeof ConsentList>[0], 'onChange'> & {
  id: string;
  onChange: (kind: ConsentKind, give: boolean) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const change = (kind: ConsentKind, give: boolean) => {
    setNotice(null);
    onChange(kind, give).then(
      () => {
        setProblem(null);
        setNotice(
          t(`registry.consents.${audience}.${give ? 'givenNotice' : 'withdrawnNotice'}`, {
            what: t(`registry.consent.${kind}`),
          }),
        );
      },
      (error: unknown) => setProblem(toApiProblem(error)),
    );
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <Heading variant="h2" id={`${id}-heading`} mb="s">
        {t(`registry.consents.${audience}.heading`)}
      </Heading>
      <Paragraph mb="m">{t(`registry.consents.${audience}.lead`)}</Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <ConsentList consents={consents} audience={audience} pending={pending} onChange={change} />
    </section>
  );
}
