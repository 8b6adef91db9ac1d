import '../../features/registry/registry-strings';
import type { ExpertDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useAddOwnAbsence } from '../../features/registry/api/add-own-absence';
import { useOwnExpertProfile } from '../../features/registry/api/get-own-expert-profile';
import { useGiveOwnConsent } from '../../features/registry/api/give-own-consent';
import { useWithdrawOwnConsent } from '../../features/registry/api/withdraw-own-consent';
import { useRemoveOwnAbsence } from '../../features/registry/api/remove-own-absence';
import {
  useOwnExpertProfileStale,
  useUpdateOwnExpertProfile,
} from '../../features/registry/api/update-own-expert-profile';
import { AbsenceForm } from '../../features/registry/components/absence-form';
import { AbsenceList } from '../../features/registry/components/absence-list';
import { ConsentSection } from '../../features/registry/components/consent-list';
import { OwnProfileForm, toOwnProfileBody } from '../../features/registry/components/own-profile-form';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function MyProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnExpertProfile();
  return (
    <Page
      title={t('registry.profile.title')}
      lead={<Paragraph mb="m">{t('registry.profile.lead')}</Paragraph>}
    >
      {profile.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {profile.isError ? (
        toApiProblem(profile.error).code === 'EXPERT_PROFILE_MISSING' ? (
          <InlineAlert status="neutral" labelText={t('registry.profile.missingTitle')}>
            {t('registry.profile.missing')}
          </InlineAlert>
        ) : (
          <ProblemAlert problem={toApiProblem(profile.error)} />
        )
      ) : null}
      {profile.data ? <MyProfile expert={profile.data} /> : null}
    </Page>
  );
}

function MyProfile({ expert }: { expert: ExpertDto }) {
  const { t } = useTranslation();
  const update = useUpdateOwnExpertProfile();
  const stale = useOwnExpertProfileStale();
  const addAbsence = useAddOwnAbsence();
  const removeAbsence = useRemoveOwnAbsence();
  const giveConsent = useGiveOwnConsent();
  const withdrawConsent = useWithdrawOwnConsent();
  const [notice, setNotice] = useState<string | null>(null);
  const [absenceProblem, setAbsenceProblem] = useState<ApiProblem | null>(null);
  return (
    <>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <OwnProfileForm
        key={expert.version}
        expert={expert}
        submitting={update.isPending}
        onSubmit={async (values) => {
          setNotice(null);
          try {
            await update.mutateAsync({
              headers: ifMatchHeader(expert.version),
              body: toOwnProfileBody(values),
            });
            setNotice(t('registry.profile.saved'));
          } catch (error) {
            if (toApiProblem(error).status === 412) void stale();
            throw error;
          }
        }}
      />
      <ConsentSection
        id="own-consents"
        audience="self"
        consents={expert.consents}
        pending={giveConsent.isPending || withdrawConsent.isPending}
        onChange={(kind, give) => (give ? giveConsent : withdrawConsent).mutateAsync({ body: { kind } })}
      />
      <section aria-labelledby="own-break-heading" className="panel">
        <Heading variant="h2" id="own-break-heading" mb="s">
          {t('registry.profile.breakHeading')}
        </Heading>
        <Paragraph mb="m">{t('registry.profile.breakLead')}</Paragraph>
        <AbsenceForm
          idPrefix="own-break"
          breakOnly
          submitting={addAbsence.isPending}
          onSubmit={async (body) => {
            setNotice(null);
            await addAbsence.mutateAsync({ body });
            setNotice(t('registry.absence.added'));
          }}
        />
        <Heading variant="h3" mt="l" mb="s">
          {t('registry.profile.absencesHeading')}
        </Heading>
        {absenceProblem ? <ProblemAlert problem={absenceProblem} /> : null}
        <AbsenceList
          absences={expert.absences}
          removing={removeAbsence.isPending}
          onRemove={(absence) =>
            removeAbsence.mutate(
              { path: { absenceId: absence.id } },
              {
                onSuccess: () => {
                  setAbsenceProblem(null);
                  setNotice(t('registry.absence.removed'));
                },
                onError: (error) => setAbsenceProblem(toApiProblem(error)),
              },
            )
          }
        />
      </section>
    </>
  );
}
