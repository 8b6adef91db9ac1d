import type { ProductDto, UnitDto } from '@kokemus/api-client';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useOrderLanguages } from '../api/list-languages';
import { useOrderMunicipalities } from '../api/list-municipalities';
import { useOrderTiers } from '../api/list-training-tiers';
import { NO_CHOICE, ORDER_MODES, type OrderFormValues } from '../orders.rules';
import { OrderAreasField } from './order-areas-field';
import { OrderStepButtons } from './order-step-buttons';
import { catalogLabel, municipalityName } from '../../../shared/format/catalog-label';

/** Step 2, what and for whom: the unit, the order's texts, how and where, the wishes and the contact person. */
export function OrderDetailsStep({
  control,
  product,
  units,
  labels,
  submitting,
  onNext,
  onSaveDraft,
}: {
  control: Control<OrderFormValues>;
  product: ProductDto;
  units: readonly UnitDto[];
  labels: Record<string, string>;
  submitting: boolean;
  onNext: () => void;
  onSaveDraft: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const languages = useOrderLanguages();
  const municipalities = useOrderMunicipalities();
  const tiers = useOrderTiers();
  const mode = useWatch({ control, name: 'mode' });

  const municipalityChoices = [
    { value: NO_CHOICE, label: t('orders.form.noMunicipality') },
    ...(municipalities.data ?? [])
      .map((m) => ({ value: m.code, label: municipalityName(m, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  ];
  const languageChoices = [
    { value: NO_CHOICE, label: t('orders.form.chooseLanguage') },
    ...(languages.data ?? []).map((l) => ({ value: l.code, label: catalogLabel(l, lang) })),
  ];
  const tierChoices = [
    { value: NO_CHOICE, label: t('orders.form.noTierWish') },
    ...(tiers.data ?? []).map((tier) => ({ value: tier.code, label: catalogLabel(tier, lang) })),
  ];

  return (
    <div className="form-stack">
      {units.length > 1 ? (
        <FormDropdown
          control={control}
          name="unitId"
          id="order-unit"
          label={labels.unitId}
          placeholder={t('orders.form.chooseUnit')}
          choices={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      ) : null}
      <FormTextInput
        control={control}
        name="title"
        id="order-title"
        label={labels.title}
        hint={t('orders.hint.title')}
      />
      <FormTextarea
        control={control}
        name="description"
        id="order-description"
        label={labels.description}
        hint={t('orders.hint.description')}
        maxLength={4000}
      />
      <FormTextarea
        control={control}
        name="purpose"
        id="order-purpose"
        label={labels.purpose}
        hint={t('orders.hint.purpose')}
        maxLength={2000}
        optional
      />
      <FormTextInput
        control={control}
        name="audience"
        id="order-audience"
        label={labels.audience}
        hint={t('orders.hint.audience')}
        optional
      />
      <FormTextInput
        control={control}
        name="audienceSize"
        id="order-audience-size"
        label={labels.audienceSize}
        inputMode="numeric"
        optional
      />
      <FormRadioGroup
        control={control}
        name="mode"
        id="order-mode"
        label={labels.mode}
        choices={ORDER_MODES.map((m) => ({ value: m, label: t(`orders.mode.${m}`) }))}
      />
      {mode !== 'remote' ? (
        <FormTextInput
          control={control}
          name="place"
          id="order-place"
          label={labels.place}
          hint={t('orders.hint.place')}
        />
      ) : null}
      {mode !== 'in_person' ? (
        <FormTextInput
          control={control}
          name="remoteLink"
          id="order-remote-link"
          label={labels.remoteLink}
          hint={t('orders.hint.remoteLink')}
          optional={mode === 'hybrid'}
        />
      ) : null}
      <FormDropdown
        control={control}
        name="municipalityCode"
        id="order-municipality"
        label={labels.municipalityCode}
        placeholder={t('orders.form.noMunicipality')}
        choices={municipalityChoices}
      />
      <FormDropdown
        control={control}
        name="languageCode"
        id="order-language"
        label={labels.languageCode}
        placeholder={t('orders.form.chooseLanguage')}
        choices={languageChoices}
      />
      <OrderAreasField control={control} />
      <FormTextInput
        control={control}
        name="expertCount"
        id="order-expert-count"
        label={labels.expertCount}
        hint={product.pairRequired ? t('orders.hint.pairRequired') : undefined}
        inputMode="numeric"
      />
      <FormDropdown
        control={control}
        name="wishedTierCode"
        id="order-tier"
        label={labels.wishedTierCode}
        placeholder={t('orders.form.noTierWish')}
        choices={tierChoices}
      />
      <FormTextarea
        control={control}
        name="preparationNeeds"
        id="order-preparation-needs"
        label={labels.preparationNeeds}
        hint={t('orders.hint.preparation')}
        maxLength={2000}
        optional
      />
      <FormTextarea
        control={control}
        name="accessibilityNeeds"
        id="order-accessibility-needs"
        label={labels.accessibilityNeeds}
        hint={t('orders.hint.accessibility')}
        maxLength={2000}
        optional
      />
      <FormCheckbox
        control={control}
        name="suitableForMinors"
        id="order-suitable-for-minors"
        label={t('orders.field.suitableForMinors')}
        hint={t('orders.hint.suitableForMinors')}
      />
      <FormCheckbox
        control={control}
        name="worksWithMinors"
        id="order-works-with-minors"
        label={t('orders.field.worksWithMinors')}
        hint={t('orders.hint.worksWithMinors')}
      />
      <FormCheckbox
        control={control}
        name="demanding"
        id="order-demanding"
        label={t('orders.field.demanding')}
        hint={t('orders.hint.demanding')}
      />
      <FormTextarea
        control={control}
        name="resultsReturn"
        id="order-results-return"
        label={labels.resultsReturn}
        hint={t('orders.hint.resultsReturn')}
        maxLength={2000}
        optional
      />
      <FormTextInput
        control={control}
        name="contactName"
        id="order-contact-name"
        label={labels.contactName}
      />
      <FormTextInput
        control={control}
        name="contactPhone"
        id="order-contact-phone"
        type="tel"
        label={labels.contactPhone}
        optional
      />
      <FormTextInput
        control={control}
        name="contactEmail"
        id="order-contact-email"
        type="email"
        label={labels.contactEmail}
      />
      <OrderStepButtons submitting={submitting} onSaveDraft={onSaveDraft}>
        <Button type="button" onClick={onNext}>
          {t('orders.form.next')}
        </Button>
      </OrderStepButtons>
    </div>
  );
}
