import type { ApplicationStep } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { CLOSED_STEPS, OPEN_STEPS } from '../onboarding.rules';

export type ApplicationSearch = { step?: ApplicationStep; stalled?: true };

const OPEN = 'open';

/** The list's step and "past due only"; they live in the URL, so a view can be bookmarked and shared. */
export function ApplicationFilters({
  search,
  onChange,
}: {
  search: ApplicationSearch;
  onChange: (patch: Partial<ApplicationSearch>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="search" className="onboarding-filters" aria-label={t('onboarding.list.filters')}>
      <Dropdown
        id="onboarding-step-filter"
        labelText={t('onboarding.list.stepFilter')}
        value={search.step ?? OPEN}
        onChange={(value) => onChange({ step: value === OPEN ? undefined : (value as ApplicationStep) })}
      >
        {[
          <DropdownItem key={OPEN} value={OPEN}>
            {t('onboarding.list.allOpen')}
          </DropdownItem>,
          ...[...OPEN_STEPS, ...CLOSED_STEPS].map((step) => (
            <DropdownItem key={step} value={step}>
              {t(`onboarding.step.${step}`)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Checkbox
        id="onboarding-stalled-filter"
        checked={search.stalled === true}
        onClick={({ checkboxState }) => onChange({ stalled: checkboxState ? true : undefined })}
      >
        {t('onboarding.list.stalledOnly')}
      </Checkbox>
    </div>
  );
}
