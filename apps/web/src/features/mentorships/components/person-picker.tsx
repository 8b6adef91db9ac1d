import { forwardRef, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, TextInput } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { municipalityName } from '../../../shared/format/catalog-label';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useExpertSearch } from '../api/search-experts';
import type { PersonChoice } from '../mentorships.rules';

/**
 * Choosing one person from the registry by name: type, search (the button or Enter), then choose from
 * the results. Inside the new-mentorship form, so the search is buttons, not a form of its own.
 */
export const PersonPicker = forwardRef<
  HTMLInputElement,
  {
    id: string;
    kind: 'mentor' | 'trainee';
    legend: string;
    hint: string;
    value: PersonChoice | null;
    onChange: (person: PersonChoice | null) => void;
    error?: string;
  }
>(function PersonPicker({ id, kind, legend, hint, value, onChange, error }, ref) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const experts = useExpertSearch(value ? '' : q, kind);
  const search = () => setQ(typed.trim());
  // Choosing or changing the person replaces the button that was pressed: the focus follows to its
  // replacement ("change person", or the search box), so a keyboard user is not left at the page's top.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    document.getElementById(id)?.focus();
  }, [value, id]);
  const people = experts.data?.items ?? [];

  return (
    <fieldset className="mentorship-picker">
      <legend>{legend}</legend>
      {value ? (
        <div className="mentorship-chosen">
          <span>
            {t('mentorships.new.chosen')} <strong id={`${id}-chosen`}>{value.name}</strong>
          </span>
          <Button
            type="button"
            variant="secondary"
            id={id}
            aria-describedby={`${id}-chosen`}
            onClick={() => {
              moved.current = true;
              onChange(null);
              setQ('');
            }}
          >
            {t('mentorships.new.change')}
          </Button>
        </div>
      ) : (
        <div className="form-stack">
          <div className="mentorship-search">
            <TextInput
              id={id}
              ref={ref}
              labelText={t('mentorships.new.searchLabel')}
              hintText={hint}
              value={typed}
              onChange={(next) => setTyped(String(next ?? ''))}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  search();
                }
              }}
              status={error ? 'error' : 'default'}
              statusText={error}
              fullWidth
            />
            <Button type="button" variant="secondary" onClick={search} aria-describedby={id}>
              {t('mentorships.new.search')}
            </Button>
          </div>
          {q && experts.isFetching && !experts.data ? (
            <LoadingSpinner text={t('common.loading')} variant="small" />
          ) : null}
          {q && experts.error ? <ProblemAlert problem={toApiProblem(experts.error)} /> : null}
          {q && experts.data ? (
            people.length === 0 ? (
              <p role="status">{t(`mentorships.new.none.${kind}`)}</p>
            ) : (
              <ul className="plain-list" aria-label={t(`mentorships.new.results.${kind}`)}>
                {people.map((x) => {
                  const name = `${x.firstName} ${x.lastName}`;
                  return (
                    <li key={x.id} className="record-row">
                      <div>
                        <strong>{name}</strong>
                        <div className="hint">
                          {[
                            x.municipality ? municipalityName(x.municipality, i18n.language) : '',
                            t(`mentorships.expertStatus.${x.status}`),
                          ]
                            .filter(Boolean)
                            .join(', ')}
                        </div>
                      </div>
                      <Button
                        type="button"
                        variant="secondary"
                        aria-label={t(`mentorships.new.choose.${kind}`, { name })}
                        onClick={() => {
                          moved.current = true;
                          onChange({ id: x.id, name });
                        }}
                      >
                        {t('mentorships.new.chooseShort')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )
          ) : null}
        </div>
      )}
    </fieldset>
  );
});
