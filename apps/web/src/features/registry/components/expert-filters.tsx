import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useExperienceAreas } from '../api/list-experience-areas';
import { useLanguages } from '../api/list-languages';
import { useMunicipalities } from '../api/list-municipalities';
import { useTrainingTiers } from '../api/list-training-tiers';
import {
  catalogLabel,
  EXPERT_STATUSES,
  formatDate,
  municipalityName,
  parseDate,
  type RegistrySearch,
} from '../registry.rules';

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
      {choice(
        'expert-filter-area',
        t('registry.filters.area'),
        filters.area?.[0],
        (areas.data ?? []).map((a) => ({ value: a.code, label: catalogLabel(a, lang) })),
        (value) => onChange({ area: value ? [value] : undefined }),
      )}
      {choice(
        'expert-filter-language',
        t('registry.filters.language'),
        filters.language?.[0],
        (languages.data ?? []).map((a) => ({ value: a.code, label: catalogLabel(a, lang) })),
        (value) => onChange({ language: value ? [value] : undefined }),
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
    </div>
  );
}
