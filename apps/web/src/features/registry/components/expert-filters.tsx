import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { formatDate, parseDate } from '../../../shared/format/date';
import { useExperienceAreas } from '../api/list-experience-areas';
import { useLanguages } from '../api/list-languages';
import { useMunicipalities } from '../api/list-municipalities';
import { useTrainingTiers } from '../api/list-training-tiers';
import { EXPERT_STATUSES, type RegistrySearch } from '../registry.rules';
import { catalogLabel, municipalityName } from '../../../shared/format/catalog-label';

const ALL = 'all';

/** The registry filters; their values live in the URL, so a search can be bookmarked and shared. */
export function ExpertFilters({
  filters,
  onChange,
}: {
  filters: RegistrySearch;
  onChange: (patch: Partial<RegistrySearch>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useExperienceAreas();
  const languages = useLanguages();
  const municipalities = useMunicipalities();
  const tiers = useTrainingTiers();

  const choice = (
    id: string,
    label: string,
    value: string | undefined,
    items: { value: string; label: string }[],
    set: (value: string | undefined) => void,
  ) => (
    <Dropdown
      id={id}
      labelText={label}
      value={value ?? ALL}
      onChange={(next) => set(next === ALL ? undefined : next)}
    >
      {[
        <DropdownItem key={ALL} value={ALL}>
          {t('registry.filters.all')}
        </DropdownItem>,
        ...items.map((item) => (
          <DropdownItem key={item.value} value={item.value}>
            {item.label}
          </DropdownItem>
        )),
      ]}
    </Dropdown>
  );

  /**
   * Several choices, all of which must match (the API reads them as `area=a,b`): ticks in a disclosure whose
   * summary names what is chosen, so a closed one still tells the search.
   */
  const multiChoice = (
    id: string,
    label: string,
    values: readonly string[] | undefined,
    items: { value: string; label: string }[],
    set: (values: string[] | undefined) => void,
  ) => {
    const chosen = values ?? [];
    const chosenLabels = items.filter((item) => chosen.includes(item.value)).map((item) => item.label);
    return (
      <details className="filter-choices" id={id}>
        <summary>
          <span className="filter-choices-label">{label}</span>{' '}
          <span className="filter-choices-value">{chosenLabels.join(', ') || t('registry.filters.all')}</span>
        </summary>
        <fieldset className="slot-fieldset">
          <legend className="visually-hidden">{label}</legend>
          <p className="hint">{t('registry.filters.allMustMatch')}</p>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.value}>
                <Checkbox
                  id={`${id}-${item.value}`}
                  checked={chosen.includes(item.value)}
                  onClick={({ checkboxState }) => {
                    const next = checkboxState
                      ? [...chosen.filter((v) => v !== item.value), item.value]
                      : chosen.filter((v) => v !== item.value);
                    set(next.length ? next : undefined);
                  }}
                >
                  {item.label}
                </Checkbox>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
    );
  };

  return (
    <div role="search" className="unit-filters" aria-label={t('registry.filters.label')}>
      <TextInput
        id="expert-filter-q"
        labelText={t('registry.filters.q')}
        hintText={t('registry.filters.qHint')}
        defaultValue={filters.q ?? ''}
        debounce={300}
        onChange={(value) => onChange({ q: String(value ?? '').trim() || undefined })}
        type="text"
      />
      {multiChoice(
        'expert-filter-area',
        t('registry.filters.area'),
        filters.area,
        (areas.data ?? []).map((a) => ({ value: a.code, label: catalogLabel(a, lang) })),
        (values) => onChange({ area: values }),
      )}
      {multiChoice(
        'expert-filter-language',
        t('registry.filters.language'),
        filters.language,
        (languages.data ?? []).map((a) => ({ value: a.code, label: catalogLabel(a, lang) })),
        (values) => onChange({ language: values }),
      )}
      {choice(
        'expert-filter-municipality',
        t('registry.filters.municipality'),
        filters.municipality,
        (municipalities.data ?? [])
          .filter((m) => m.mergedInto === null)
          .map((m) => ({ value: m.code, label: municipalityName(m, lang) }))
          .sort((a, b) => a.label.localeCompare(b.label, lang)),
        (value) => onChange({ municipality: value }),
      )}
      <TextInput
        id="expert-filter-distance"
        labelText={t('registry.filters.maxDistance')}
        hintText={t('registry.filters.maxDistanceHint')}
        defaultValue={filters.maxDistanceKm === undefined ? '' : String(filters.maxDistanceKm)}
        debounce={300}
        inputMode="numeric"
        onChange={(value) => {
          const text = String(value ?? '').trim();
          onChange({ maxDistanceKm: /^\d{1,4}$/.test(text) ? Math.min(Number(text), 1000) : undefined });
        }}
      />
      {choice(
        'expert-filter-tier',
        t('registry.filters.tier'),
        filters.tier,
        (tiers.data ?? []).map((tier) => ({ value: tier.code, label: catalogLabel(tier, lang) })),
        (value) => onChange({ tier: value }),
      )}
      {choice(
        'expert-filter-status',
        t('registry.filters.status'),
        filters.status,
        EXPERT_STATUSES.map((status) => ({ value: status, label: t(`registry.status.${status}`) })),
        (value) => onChange({ status: value as RegistrySearch['status'] }),
      )}
      <TextInput
        id="expert-filter-from"
        labelText={t('registry.filters.availableFrom')}
        hintText={t('registry.dateHint')}
        defaultValue={filters.availableFrom ? formatDate(filters.availableFrom) : ''}
        debounce={500}
        onChange={(value) => onChange({ availableFrom: parseDate(String(value ?? '')) ?? undefined })}
      />
      <TextInput
        id="expert-filter-to"
        labelText={t('registry.filters.availableTo')}
        hintText={t('registry.dateHint')}
        defaultValue={filters.availableTo ? formatDate(filters.availableTo) : ''}
        debounce={500}
        onChange={(value) => onChange({ availableTo: parseDate(String(value ?? '')) ?? undefined })}
      />
      <Checkbox
        id="expert-filter-tax-card"
        checked={filters.taxCardMissing === true}
        hintText={t('registry.filters.taxCardMissingHint')}
        onClick={({ checkboxState }) => onChange({ taxCardMissing: checkboxState ? true : undefined })}
      >
        {t('registry.filters.taxCardMissing')}
      </Checkbox>
    </div>
  );
}
