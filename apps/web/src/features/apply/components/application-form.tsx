import { zodResolver } from '@hookform/resolvers/zod';
import type { RecruitmentStatusDto, SubmissionReceivedDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { getRecruitmentStatusQueryKey } from '@kokemus/api-client/react-query';
import { useMemo } from 'react';
import { type Path, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { catalogLabel } from '../../../shared/format/catalog-label';
import { helsinkiDate } from '../../../shared/format/date';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useApplyAreas } from '../api/list-experience-areas';
import { useApplyLanguages } from '../api/list-languages';
import { useApplyMunicipalities } from '../api/list-municipalities';
import { useApplyTaskTypes } from '../api/list-task-types';
import { useSubmitApplication } from '../api/submit-application';
import {
  applicationFormSchema,
  type ApplicationFormValues,
  emptyApplication,
  toApplicationBody,
} from '../application-form.schema';
import { longDate, municipalityChoices, needsGuardian, retryAfterHours } from '../apply.rules';
import { AreaChoices } from './area-choices';
import { ChoiceCheckboxes } from './choice-checkboxes';
import { HoneypotField } from './honeypot-field';
import { MunicipalitySelect } from './municipality-select';
import { PriorTrainingFields } from './prior-training-fields';
import { PrivacyNotice } from './privacy-notice';

/** The API's names for fields that the form shows under another name. */
const ALIASES = { guardian: 'guardian.name' } as const satisfies Record<string, Path<ApplicationFormValues>>;

/** The public application form: everything on one page, in the order a person would tell it. */
export function ApplicationForm({
  status,
  onSent,
}: {
  status: RecruitmentStatusDto;
  onSent: (received: SubmissionReceivedDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  // The app's clock: tests fake Date, so "today" is always the day they are written against.
  const today = helsinkiDate();
  const schema = useMemo(() => applicationFormSchema(today), [today]);
  const form = useForm<ApplicationFormValues>({
    shouldFocusError: false,
    resolver: zodResolver(schema, { error: zodMessages({ email: 'validation.email' }) }),
    defaultValues: emptyApplication(),
  });
  const submit = useSubmitApplication();
  const areas = useApplyAreas();
  const languages = useApplyLanguages();
  const taskTypes = useApplyTaskTypes();
  const municipalities = useApplyMunicipalities();
  const birthDate = useWatch({ control: form.control, name: 'birthDate' });
  const trainingRows = useWatch({ control: form.control, name: 'priorTraining' });
  const minor = needsGuardian(birthDate, today);

  const fields: SummaryField<ApplicationFormValues>[] = [
    { name: 'firstName', label: t('apply.field.firstName'), inputId: 'apply-first-name' },
    { name: 'lastName', label: t('apply.field.lastName'), inputId: 'apply-last-name' },
    { name: 'email', label: t('apply.field.email'), inputId: 'apply-email' },
    { name: 'phone', label: t('apply.field.phone'), inputId: 'apply-phone' },
    { name: 'birthDate', label: t('apply.field.birthDate'), inputId: 'apply-birth-date' },
    { name: 'municipalityCode', label: t('apply.field.municipality'), inputId: 'apply-municipality' },
    ...(minor
      ? ([
          { name: 'guardian.name', label: t('apply.field.guardianName'), inputId: 'apply-guardian-name' },
          { name: 'guardian.email', label: t('apply.field.guardianEmail'), inputId: 'apply-guardian-email' },
          { name: 'guardian.phone', label: t('apply.field.guardianPhone'), inputId: 'apply-guardian-phone' },
        ] as const)
      : []),
    {
      name: 'languages',
      label: t('apply.field.languages'),
      inputId: `apply-language-${languages.data?.[0]?.code ?? ''}`,
    },
    { name: 'areas', label: t('apply.field.areas'), inputId: `apply-area-${areas.data?.[0]?.code ?? ''}` },
    ...trainingRows.flatMap((_, i) =>
      (['course', 'organiser', 'hours', 'year'] as const).map((part) => ({
        name: `priorTraining.${i}.${part}` as const,
        label: `${t('apply.training.row', { number: i + 1 })}: ${t(`apply.training.${part}`)}`,
        inputId: `apply-training-${i}-${part}`,
      })),
    ),
    { name: 'availability', label: t('apply.field.availability'), inputId: 'apply-availability' },
    { name: 'heardFrom', label: t('apply.field.heardFrom'), inputId: 'apply-heard-from' },
    { name: 'message', label: t('apply.field.message'), inputId: 'apply-message' },
    { name: 'privacyNoticeRead', label: t('apply.field.privacyNoticeRead'), inputId: 'apply-privacy-read' },
  ];
  const failure = useFormFailure(
    form.setError,
    fields.map((field) => field.name),
    ALIASES,
  );
  const retryHours =
    failure.problem?.code === 'APPLICATION_TOO_MANY'
      ? retryAfterHours(failure.problem.extensions.retryAfter)
      : null;
  const closedMeanwhile =
    failure.problem?.code === 'RECRUITMENT_CLOSED' &&
    typeof failure.problem.extensions.nextOpensOn === 'string'
      ? failure.problem.extensions.nextOpensOn
      : null;

  const onValid = (values: ApplicationFormValues) =>
    submit.mutate(
      toApplicationBody(values, {
        locale: currentLanguage(),
        privacyNoticeVersion: status.privacyNoticeVersion,
        today,
      }),
      {
        onSuccess: onSent,
        onError: (error) => {
          failure.onProblem(error);
          if (toApiProblem(error).code === 'RECRUITMENT_CLOSED') {
            void queryClient.invalidateQueries({ queryKey: getRecruitmentStatusQueryKey() });
          }
        },
      },
    );

  const catalogueFailed = [areas, languages, taskTypes, municipalities].find((q) => q.isError);
  const option = (item: { code: string; labelFi: string; labelSv: string; labelEn: string }) => ({
    value: item.code,
    label: catalogLabel(item, lang),
  });

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onValid, failure.onInvalid)}
      aria-label={t('apply.form.label')}
      className="apply-form"
    >
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      {retryHours ? <Paragraph mb="m">{t('apply.form.retryAfter', { count: retryHours })}</Paragraph> : null}
      {closedMeanwhile ? (
        <Paragraph mb="m">{t('apply.closed.nextOpens', { date: longDate(closedMeanwhile, lang) })}</Paragraph>
      ) : null}
      {catalogueFailed ? (
        <InlineAlert status="error" className="mb-m">
          {t('apply.form.choicesMissing')}
        </InlineAlert>
      ) : null}

      <section aria-labelledby="apply-you-heading" className="panel">
        <Heading variant="h2" id="apply-you-heading" mb="s">
          {t('apply.section.you')}
        </Heading>
        <div className="form-stack">
          <FormTextInput
            control={form.control}
            name="firstName"
            id="apply-first-name"
            autoComplete="given-name"
            label={t('apply.field.firstName')}
          />
          <FormTextInput
            control={form.control}
            name="lastName"
            id="apply-last-name"
            autoComplete="family-name"
            label={t('apply.field.lastName')}
          />
          <FormTextInput
            control={form.control}
            name="email"
            id="apply-email"
            type="email"
            autoComplete="email"
            label={t('apply.field.email')}
            hint={t('apply.hint.email')}
          />
          <FormTextInput
            control={form.control}
            name="phone"
            id="apply-phone"
            type="tel"
            autoComplete="tel"
            label={t('apply.field.phone')}
            optional
          />
          <FormTextInput
            control={form.control}
            name="birthDate"
            id="apply-birth-date"
            autoComplete="bday"
            inputMode="numeric"
            label={t('apply.field.birthDate')}
            hint={t('apply.hint.birthDate')}
          />
          <MunicipalitySelect
            control={form.control}
            options={municipalityChoices(municipalities.data ?? [], lang)}
          />
        </div>
      </section>

      {minor ? (
        <section aria-labelledby="apply-guardian-heading" className="panel" data-testid="guardian-fields">
          <Heading variant="h2" id="apply-guardian-heading" mb="s">
            {t('apply.section.guardian')}
          </Heading>
          <Paragraph mb="m">{t('apply.hint.guardian')}</Paragraph>
          <div className="form-stack">
            <FormTextInput
              control={form.control}
              name="guardian.name"
              id="apply-guardian-name"
              label={t('apply.field.guardianName')}
            />
            <FormTextInput
              control={form.control}
              name="guardian.email"
              id="apply-guardian-email"
              type="email"
              label={t('apply.field.guardianEmail')}
            />
            <FormTextInput
              control={form.control}
              name="guardian.phone"
              id="apply-guardian-phone"
              type="tel"
              label={t('apply.field.guardianPhone')}
              optional
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="apply-experience-heading" className="panel">
        <Heading variant="h2" id="apply-experience-heading" mb="s">
          {t('apply.section.experience')}
        </Heading>
        <div className="form-stack">
          <AreaChoices control={form.control} options={(areas.data ?? []).map(option)} />
          <ChoiceCheckboxes
            control={form.control}
            name="languages"
            idPrefix="apply-language"
            legend={t('apply.field.languages')}
            hint={t('apply.hint.languages')}
            options={(languages.data ?? []).map(option)}
          />
          <ChoiceCheckboxes
            control={form.control}
            name="taskTypes"
            idPrefix="apply-task-type"
            legend={`${t('apply.field.taskTypes')} (${t('form.optional')})`}
            hint={t('apply.hint.taskTypes')}
            options={(taskTypes.data ?? []).map(option)}
          />
          <PriorTrainingFields control={form.control} />
        </div>
      </section>

      <section aria-labelledby="apply-more-heading" className="panel">
        <Heading variant="h2" id="apply-more-heading" mb="s">
          {t('apply.section.more')}
        </Heading>
        <div className="form-stack">
          <FormTextarea
            control={form.control}
            name="availability"
            id="apply-availability"
            label={t('apply.field.availability')}
            hint={t('apply.hint.availability')}
            maxLength={1000}
            optional
          />
          <FormTextInput
            control={form.control}
            name="heardFrom"
            id="apply-heard-from"
            label={t('apply.field.heardFrom')}
            optional
          />
          <FormTextarea
            control={form.control}
            name="message"
            id="apply-message"
            label={t('apply.field.message')}
            hint={t('apply.hint.message')}
            maxLength={2000}
            optional
          />
        </div>
      </section>

      <section aria-labelledby="apply-privacy-heading" className="panel">
        <Heading variant="h2" id="apply-privacy-heading" mb="s">
          {t('apply.section.privacy')}
        </Heading>
        <Paragraph mb="m">{t('apply.privacy.lead')}</Paragraph>
        <PrivacyNotice control={form.control} version={status.privacyNoticeVersion} />
      </section>

      <HoneypotField control={form.control} />

      <Paragraph mb="m">{t('apply.form.beforeSend')}</Paragraph>
      <div className="button-row">
        <Button type="submit" disabled={submit.isPending}>
          {submit.isPending ? t('apply.form.sending') : t('apply.form.send')}
        </Button>
      </div>
    </form>
  );
}
