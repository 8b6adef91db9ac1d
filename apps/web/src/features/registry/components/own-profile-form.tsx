import { zodResolver } from '@hookform/resolvers/zod';
import type { ExpertDto, UpdateOwnProfileDto } from '@kokemus/api-client';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import * as z from 'zod';
import { centsToEuroText, euroTextToCents } from '../../../shared/format/money';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { FormToggle } from '../../../shared/ui/form-toggle';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useExperienceAreas } from '../api/list-experience-areas';
import { useMunicipalities } from '../api/list-municipalities';
import { slotSchema, toSlotDtos, toSlotValues } from './availability.schema';
import { AvailabilityFields, slotSummaryFields } from './availability-fields';
import { labelFor, municipalityName } from '../../../shared/format/catalog-label';

const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const NO_MUNICIPALITY = 'none';

const wholeNumber = (max: number, key: string) =>
  z
    .string()
    .refine((v) => v.trim() === '' || (/^\d+$/.test(v.trim()) && Number(v) <= max), message(key, { max }));

const ownProfileSchema = z.object({
  phone: z
    .string()
    .refine((v) => v.trim() === '' || PHONE.test(v.trim()), message('registry.validation.phone')),
  municipalityCode: z.string(),
  postalCode: z
    .string()
    .refine((v) => v.trim() === '' || /^\d{5}$/.test(v.trim()), message('registry.validation.postalCode')),
  worksRemote: z.boolean(),
  worksInPerson: z.boolean(),
  travelRadiusKm: wholeNumber(1000, 'registry.validation.wholeNumberMax'),
  areaVisibility: z.array(z.object({ code: z.string(), visibleToOrderers: z.boolean() })),
  slots: z.array(slotSchema).max(50),
  introduction: z.string().max(2000),
  maxTasksPerMonth: z
    .string()
    .refine(
      (v) => /^\d+$/.test(v.trim()) && Number(v) <= 60,
      message('registry.validation.wholeNumberMax', { max: 60 }),
    ),
  earningsCeiling: z.string().refine((v) => {
    const cents = euroTextToCents(v);
    return cents === null || (!Number.isNaN(cents) && cents <= 100_000_000);
  }, message('registry.validation.euros')),
});

export type OwnProfileValues = z.input<typeof ownProfileSchema>;
const FIELDS = [
  'phone',
  'municipalityCode',
  'postalCode',
  'travelRadiusKm',
  'introduction',
  'maxTasksPerMonth',
  'earningsCeiling',
] as const;
const ALIASES = { earningsCeilingCents: 'earningsCeiling' } as const;

function initialValues(expert: ExpertDto): OwnProfileValues {
  return {
    phone: expert.phone ?? '',
    municipalityCode: expert.municipality?.code ?? NO_MUNICIPALITY,
    postalCode: expert.postalCode ?? '',
    worksRemote: expert.worksRemote,
    worksInPerson: expert.worksInPerson,
    travelRadiusKm: expert.travelRadiusKm === null ? '' : String(expert.travelRadiusKm),
    areaVisibility: expert.areas.map((area) => ({
      code: area.code,
      visibleToOrderers: area.visibleToOrderers,
    })),
    slots: toSlotValues(expert.weeklyAvailability),
    introduction: expert.introduction ?? '',
    maxTasksPerMonth: String(expert.maxTasksPerMonth),
    earningsCeiling: centsToEuroText(expert.earningsCeilingCents),
  };
}

export function toOwnProfileBody(values: OwnProfileValues): UpdateOwnProfileDto {
  return {
    phone: values.phone.trim() || null,
    municipalityCode: values.municipalityCode === NO_MUNICIPALITY ? null : values.municipalityCode,
    postalCode: values.postalCode.trim() || null,
    worksRemote: values.worksRemote,
    worksInPerson: values.worksInPerson,
    travelRadiusKm: values.travelRadiusKm.trim() === '' ? null : Number(values.travelRadiusKm),
    areaVisibility: values.areaVisibility,
    weeklyAvailability: toSlotDtos(values.slots),
    introduction: values.introduction.trim() || null,
    maxTasksPerMonth: Number(values.maxTasksPerMonth),
    earningsCeilingCents: euroTextToCents(values.earningsCeiling),
  };
}

/** The expert's own profile in plain language, one section per question they might have. */
export function OwnProfileForm({
  expert,
  submitting,
  onSubmit,
}: {
  expert: ExpertDto;
  submitting: boolean;
  onSubmit: (values: OwnProfileValues) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const areas = useExperienceAreas();
  const municipalities = useMunicipalities();
  const form = useForm<OwnProfileValues>({
    shouldFocusError: false,
    resolver: zodResolver(ownProfileSchema, { error: zodMessages() }),
    defaultValues: initialValues(expert),
  });
  const failure = useFormFailure(form.setError, FIELDS, ALIASES);
  const slots = form.watch('slots');
  const areaVisibility = form.getValues('areaVisibility');

  const municipalityChoices = [
    { value: NO_MUNICIPALITY, label: t('registry.profile.noMunicipality') },
    ...(municipalities.data ?? [])
      .filter((m) => m.mergedInto === null || m.code === expert.municipality?.code)
      .map((m) => ({ value: m.code, label: municipalityName(m, i18n.language) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
  ];

  const fields: SummaryField<OwnProfileValues>[] = [
    { name: 'phone', label: t('registry.profile.phone'), inputId: 'own-phone' },
    {
      name: 'municipalityCode',
      label: t('registry.profile.municipality'),
      inputId: 'own-municipality_button',
    },
    { name: 'postalCode', label: t('registry.profile.postalCode'), inputId: 'own-postal-code' },
    { name: 'travelRadiusKm', label: t('registry.profile.travelRadius'), inputId: 'own-travel-radius' },
    ...slotSummaryFields<OwnProfileValues>(slots, 'own', t),
    { name: 'introduction', label: t('registry.profile.introduction'), inputId: 'own-introduction' },
    { name: 'maxTasksPerMonth', label: t('registry.profile.maxTasks'), inputId: 'own-max-tasks' },
    { name: 'earningsCeiling', label: t('registry.profile.earningsCeiling'), inputId: 'own-earnings' },
  ];

  const submit = form.handleSubmit(
    (values) =>
      onSubmit(values)
        .then(() => form.reset(values))
        .catch(failure.onProblem),
    failure.onInvalid,
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t('registry.profile.formLabel')}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      <section aria-labelledby="own-contact-heading" className="panel">
        <Heading variant="h2" id="own-contact-heading" mb="s">
          {t('registry.profile.contactHeading')}
        </Heading>
        <div className="form-stack">
          <FormTextInput
            control={form.control}
            name="phone"
            id="own-phone"
            type="tel"
            autoComplete="tel"
            label={t('registry.profile.phone')}
            hint={t('registry.profile.phoneHint')}
            optional
          />
          <FormDropdown
            control={form.control}
            name="municipalityCode"
            id="own-municipality"
            label={t('registry.profile.municipality')}
            placeholder={t('registry.profile.chooseMunicipality')}
            choices={municipalityChoices}
          />
          <FormTextInput
            control={form.control}
            name="postalCode"
            id="own-postal-code"
            autoComplete="postal-code"
            inputMode="numeric"
            label={t('registry.profile.postalCode')}
            optional
          />
        </div>
      </section>

      <section aria-labelledby="own-areas-heading" className="panel">
        <Heading variant="h2" id="own-areas-heading" mb="s">
          {t('registry.profile.areasHeading')}
        </Heading>
        <Paragraph mb="m">{t('registry.profile.areasLead')}</Paragraph>
        {areaVisibility.length === 0 ? (
          <Paragraph>{t('registry.profile.noAreas')}</Paragraph>
        ) : (
          <ul className="plain-list toggle-list">
            {areaVisibility.map((area, i) => (
              <li key={area.code}>
                <FormToggle
                  control={form.control}
                  name={`areaVisibility.${i}.visibleToOrderers`}
                  id={`own-area-${area.code}`}
                  label={t('registry.profile.areaVisible', {
                    area: labelFor(areas.data, area.code, i18n.language),
                  })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="own-availability-heading" className="panel">
        <Heading variant="h2" id="own-availability-heading" mb="s">
          {t('registry.profile.availabilityHeading')}
        </Heading>
        <Paragraph mb="m">{t('registry.profile.availabilityLead')}</Paragraph>
        <div className="form-stack">
          <AvailabilityFields control={form.control} idPrefix="own" />
          <FormCheckbox
            control={form.control}
            name="worksRemote"
            id="own-remote"
            label={t('registry.profile.worksRemote')}
          />
          <FormCheckbox
            control={form.control}
            name="worksInPerson"
            id="own-in-person"
            label={t('registry.profile.worksInPerson')}
          />
          <FormTextInput
            control={form.control}
            name="travelRadiusKm"
            id="own-travel-radius"
            inputMode="numeric"
            label={t('registry.profile.travelRadius')}
            hint={t('registry.profile.travelRadiusHint')}
            optional
          />
        </div>
      </section>

      <section aria-labelledby="own-intro-heading" className="panel">
        <Heading variant="h2" id="own-intro-heading" mb="s">
          {t('registry.profile.introHeading')}
        </Heading>
        <div className="form-stack">
          <FormTextarea
            control={form.control}
            name="introduction"
            id="own-introduction"
            label={t('registry.profile.introduction')}
            hint={t('registry.profile.introductionHint')}
            maxLength={2000}
            optional
          />
        </div>
      </section>

      <section aria-labelledby="own-limits-heading" className="panel">
        <Heading variant="h2" id="own-limits-heading" mb="s">
          {t('registry.profile.limitsHeading')}
        </Heading>
        <div className="form-stack">
          <FormTextInput
            control={form.control}
            name="maxTasksPerMonth"
            id="own-max-tasks"
            inputMode="numeric"
            label={t('registry.profile.maxTasks')}
            hint={t('registry.profile.maxTasksHint')}
          />
          <FormTextInput
            control={form.control}
            name="earningsCeiling"
            id="own-earnings"
            inputMode="decimal"
            label={t('registry.profile.earningsCeiling')}
            hint={t('registry.profile.earningsCeilingHint')}
            optional
          />
        </div>
      </section>

      <div className="button-row">
        <Button type="submit" disabled={submitting}>
          {t('registry.profile.save')}
        </Button>
      </div>
    </form>
  );
}
