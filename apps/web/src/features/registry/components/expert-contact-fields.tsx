import { type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useMunicipalities } from '../api/list-municipalities';
import { NO_MUNICIPALITY } from './expert-edit-form';
import { municipalityName } from '../../../shared/format/catalog-label';

/**
 * Name, contact and home of a person in the registry: the same fields on the new-person and edit
 * forms. Former municipalities are not offered, except the one the person already has (`keep`).
 */
export function ExpertContactFields<T extends FieldValues>({
  control,
  idPrefix,
  keep,
}: {
  control: Control<T>;
  idPrefix: string;
  keep?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const municipalities = useMunicipalities();
  const choices = [
    { value: NO_MUNICIPALITY, label: t('registry.detail.noMunicipality') },
    ...(municipalities.data ?? [])
      .filter((m) => m.mergedInto === null || m.code === keep)
      .map((m) => ({ value: m.code, label: municipalityName(m, i18n.language) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
  ];
  const name = (n: string) => n as Path<T>;
  return (
    <>
      <FormTextInput
        control={control}
        name={name('firstName')}
        id={`${idPrefix}-first-name`}
        label={t('registry.detail.firstName')}
      />
      <FormTextInput
        control={control}
        name={name('lastName')}
        id={`${idPrefix}-last-name`}
        label={t('registry.detail.lastName')}
      />
      <FormTextInput
        control={control}
        name={name('email')}
        id={`${idPrefix}-email`}
        type="email"
        label={t('registry.detail.email')}
      />
      <FormTextInput
        control={control}
        name={name('phone')}
        id={`${idPrefix}-phone`}
        type="tel"
        label={t('registry.profile.phone')}
        optional
      />
      <FormDropdown
        control={control}
        name={name('municipalityCode')}
        id={`${idPrefix}-municipality`}
        label={t('registry.profile.municipality')}
        placeholder={t('registry.profile.chooseMunicipality')}
        choices={choices}
      />
      <FormTextInput
        control={control}
        name={name('postalCode')}
        id={`${idPrefix}-postal-code`}
        inputMode="numeric"
        label={t('registry.profile.postalCode')}
        optional
      />
    </>
  );
}
