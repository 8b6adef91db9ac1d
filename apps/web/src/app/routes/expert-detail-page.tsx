import '../../features/registry/registry-strings';
import '../../features/feedback/indicator/indicator-strings';
import type { ExpertDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAddExpertAbsence } from '../../features/registry/api/add-expert-absence';
import { useAddTrainingRecord } from '../../features/registry/api/add-training-record';
import { useChangeExpertStatus } from '../../features/registry/api/change-expert-status';
import { useGiveExpertConsent } from '../../features/registry/api/give-expert-consent';
import { useWithdrawExpertConsent } from '../../features/registry/api/withdraw-expert-consent';
import { useExpert } from '../../features/registry/api/get-expert';
import { useExperienceAreas } from '../../features/registry/api/list-experience-areas';
import { useLanguages } from '../../features/registry/api/list-languages';
import { useTrainingTiers } from '../../features/registry/api/list-training-tiers';
import { useRemoveExpertAbsence } from '../../features/registry/api/remove-expert-absence';
import { useRemoveTrainingRecord } from '../../features/registry/api/remove-training-record';
import { useExpertStale, useUpdateExpert } from '../../features/registry/api/update-expert';
import { AbsenceForm } from '../../features/registry/components/absence-form';
import { AbsenceList } from '../../features/registry/components/absence-list';
import { ConsentSection } from '../../features/registry/components/consent-list';
import { RecordCheckSection } from '../../features/registry/components/record-check-section';
import { useRecordChecks, useRecordRecordCheck } from '../../features/registry/api/record-checks';
import { unitName } from '../../features/registry/components/exclusion-fields';
import { ExpertEditForm, toUpdateExpertBody } from '../../features/registry/components/expert-edit-form';
import { ExpertStatusSection } from '../../features/registry/components/expert-status-section';
import { TrainingForm } from '../../features/registry/components/training-form';
import { IndicatorScoresSection } from '../../features/feedback/indicator/components/indicator-scores';
import { useAllUnits } from '../../features/units/api/list-units';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { formatDate } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';
import { labelFor, municipalityName } from '../../shared/format/catalog-label';

const route = getRouteApi('/authenticated/registry/$expertId');

export function ExpertDetailPage() {
  const { t } = useTranslation();
  const { expertId } = route.useParams();
  const expert = useExpert(expertId);
  if (expert.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (expert.isError) {
    const problem = toApiProblem(expert.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <ExpertDetail expert={expert.data} />;
}

function ExpertDetail({ expert }: { expert: ExpertDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useExperienceAreas();
  const languages = useLanguages();
  const tiers = useTrainingTiers();
  const update = useUpdateExpert();
  const changeStatus = useChangeExpertStatus();
  const addTraining = useAddTrainingRecord();
  const removeTraining = useRemoveTrainingRecord();
  const addAbsence = useAddExpertAbsence();
  const removeAbsence = useRemoveExpertAbsence();
  const giveConsent = useGiveExpertConsent();
  const recordChecks = useRecordChecks(expert.id);
  const recordCheck = useRecordRecordCheck();
  const withdrawConsent = useWithdrawExpertConsent();
  const units = useAllUnits();
  const stale = useExpertStale();
  const [notice, setNotice] = useState<string | null>(null);
  const [recordProblem, setRecordProblem] = useState<ApiProblem | null>(null);
  const name = `${expert.firstName} ${expert.lastName}`;
  const path = { id: expert.id };
  const onStale = (error: unknown) => {
    if (toApiProblem(error).status === 412) void stale(expert.id);
    throw error;
  };
  const removed = {
    onSuccess: () => {
      setRecordProblem(null);
      setNotice(t('registry.absence.removed'));
    },
    onError: (error: unknown) => setRecordProblem(toApiProblem(error)),
  };
  const exclusionText = (exclusion: ExpertDto['exclusions'][number]) => {
    const unit = exclusion.unitId
      ? units.data?.find((candidate) => candidate.id === exclusion.unitId)
      : undefined;
    const place = exclusion.unitId ? (unit ? unitName(unit, lang) : t('registry.detail.excludedUnit')) : null;
    return [place, exclusion.topic].filter(Boolean).join(' – ');
  };

  return (
    <Page title={name}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/registry">
          {t('registry.detail.backToList')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {recordProblem ? <ProblemAlert problem={recordProblem} /> : null}

      <section aria-labelledby="expert-profile-heading" className="panel">
        <Heading variant="h2" id="expert-profile-heading" mb="s">
          {t('registry.detail.profileHeading')}
        </Heading>
        <dl className="details">
          <dt>{t('registry.list.status')}</dt>
          <dd>{t(`registry.status.${expert.status}`)}</dd>
          <dt>{t('registry.detail.email')}</dt>
          <dd>{expert.email}</dd>
          <dt>{t('registry.profile.phone')}</dt>
          <dd>{expert.phone ?? '–'}</dd>
          <dt>{t('registry.profile.municipality')}</dt>
          <dd>
            {expert.municipality ? municipalityName(expert.municipality, lang) : '–'}
            {expert.postalCode ? `, ${expert.postalCode}` : ''}
          </dd>
          <dt>{t('registry.list.languages')}</dt>
          <dd>{expert.languages.map((code) => labelFor(languages.data, code, lang)).join(', ') || '–'}</dd>
          <dt>{t('registry.list.areas')}</dt>
          <dd>
            {expert.areas.length === 0 ? (
              '–'
            ) : (
              <ul className="plain-list">
                {expert.areas.map((area) => (
                  <li key={area.code}>
                    {labelFor(areas.data, area.code, lang)} –{' '}
                    {area.visibleToOrderers ? t('registry.detail.visible') : t('registry.detail.hidden')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('registry.list.tier')}</dt>
          <dd>{expert.tier ? labelFor(tiers.data, expert.tier, lang) : t('registry.list.noTier')}</dd>
          <dt>{t('registry.detail.availability')}</dt>
          <dd>
            {expert.weeklyAvailability.length === 0
              ? t('registry.availability.none')
              : expert.weeklyAvailability
                  .map((slot) => `${t(`registry.weekday.${slot.weekday}`)} ${slot.startsAt}–${slot.endsAt}`)
                  .join(', ')}
          </dd>
          <dt>{t('registry.detail.exclusions')}</dt>
          <dd>
            {expert.exclusions.length === 0 ? (
              '–'
            ) : (
              <ul className="plain-list">
                {expert.exclusions.map((exclusion) => (
                  <li key={exclusion.id}>{exclusionText(exclusion)}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('registry.detail.identityCode')}</dt>
          <dd>{expert.personalIdentityCodeMasked ?? '–'}</dd>
          <dt>{t('registry.detail.iban')}</dt>
          <dd>{expert.ibanMasked ?? '–'}</dd>
          <dt>{t('registry.detail.notes')}</dt>
          <dd className="notes">{expert.coordinatorNotes ?? '–'}</dd>
        </dl>
      </section>

      <section aria-labelledby="expert-edit-heading" className="panel">
        <Heading variant="h2" id="expert-edit-heading" mb="s">
          {t('registry.detail.editHeading')}
        </Heading>
        <ExpertEditForm
          key={expert.version}
          expert={expert}
          units={units.data ?? []}
          submitting={update.isPending}
          onSubmit={async (values) => {
            setNotice(null);
            await update
              .mutateAsync({
                path,
                headers: ifMatchHeader(expert.version),
                body: toUpdateExpertBody(values),
              })
              .catch(onStale);
            setNotice(t('registry.detail.saved'));
          }}
        />
      </section>

      <ConsentSection
        id="expert-consents"
        audience="coordinator"
        consents={expert.consents}
        pending={giveConsent.isPending || withdrawConsent.isPending}
        onChange={(kind, give) =>
          (give ? giveConsent : withdrawConsent).mutateAsync({ path, body: { kind } })
        }
      />

      <RecordCheckSection
        checks={recordChecks.data}
        submitting={recordCheck.isPending}
        onRecord={async (extractDate) => {
          setNotice(null);
          await recordCheck.mutateAsync({ path, body: { extractDate } });
          setNotice(t('registry.recordCheck.recorded'));
        }}
      />

      <ExpertStatusSection
        expert={expert}
        submitting={changeStatus.isPending}
        onSubmit={async (body) => {
          setNotice(null);
          await changeStatus
            .mutateAsync({ path, headers: ifMatchHeader(expert.version), body })
            .catch(onStale);
          setNotice(t('registry.statusChange.done', { status: t(`registry.status.${body.status}`) }));
        }}
      />

      <section aria-labelledby="expert-training-heading" className="panel">
        <Heading variant="h2" id="expert-training-heading" mb="s">
          {t('registry.training.heading')}
        </Heading>
        {expert.training.length === 0 ? (
          <Paragraph mb="m">{t('registry.training.none')}</Paragraph>
        ) : (
          <ul className="plain-list record-list">
            {expert.training.map((record) => {
              const text = t('registry.training.record', {
                course: record.course,
                hours: record.hours,
                date: formatDate(record.completedOn),
              });
              return (
                <li key={record.id} className="record-row">
                  <span>
                    {text}
                    {record.mentorTraining ? ` · ${t('registry.training.mentorTraining')}` : ''}
                  </span>
                  <Button
                    type="button"
                    variant="secondaryNoBorder"
                    disabled={removeTraining.isPending}
                    aria-label={t('registry.absence.removeNamed', { what: text })}
                    onClick={() =>
                      removeTraining.mutate({ path: { id: expert.id, recordId: record.id } }, removed)
                    }
                  >
                    {t('registry.absence.remove')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <Heading variant="h3" mb="s">
          {t('registry.training.addHeading')}
        </Heading>
        <TrainingForm
          submitting={addTraining.isPending}
          onSubmit={async (body) => {
            setNotice(null);
            await addTraining.mutateAsync({ path, body });
            setNotice(t('registry.training.added'));
          }}
        />
      </section>

      <section aria-labelledby="expert-absences-heading" className="panel">
        <Heading variant="h2" id="expert-absences-heading" mb="s">
          {t('registry.profile.absencesHeading')}
        </Heading>
        <AbsenceList
          absences={expert.absences}
          removing={removeAbsence.isPending}
          onRemove={(absence) =>
            removeAbsence.mutate({ path: { id: expert.id, absenceId: absence.id } }, removed)
          }
        />
        <Heading variant="h3" mb="s">
          {t('registry.absence.addHeading')}
        </Heading>
        <AbsenceForm
          idPrefix="expert-absence"
          submitting={addAbsence.isPending}
          onSubmit={async (body) => {
            setNotice(null);
            await addAbsence.mutateAsync({ path, body });
            setNotice(t('registry.absence.addedByCoordinator'));
          }}
        />
      </section>

      <IndicatorScoresSection expertId={expert.id} />
    </Page>
  );
}
