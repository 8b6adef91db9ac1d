import type { SupervisionKind, SupervisionPurpose, SupervisionSessionDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  LoadingSpinner,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { formatDateTime, helsinkiDate, parseDate } from '../../../../shared/format/date';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { useExpertSearch, useExpertsTasks } from '../api/expert-choices';
import { useCreateSupervisionSession } from '../api/supervision-sessions';
import {
  addDays,
  FIELD_ORDER,
  fieldOfApiError,
  supervisionBody,
  type SupervisionField,
  supervisionFormProblems,
  type SupervisionFormValues,
} from '../supervision-form.rules';

const KINDS: SupervisionKind[] = ['individual', 'group'];
const PURPOSES: SupervisionPurpose[] = ['before_task', 'after_task', 'regular'];
/** How far from the session's day the tasks to choose from are looked for. */
const TASK_WINDOW_DAYS = 56;

/** The element that takes the focus when a field has a problem. */
const FOCUS_ID: Record<SupervisionField, string> = {
  kind: 'supervision-kind-individual',
  purpose: 'supervision-purpose-before_task',
  date: 'supervision-date',
  start: 'supervision-start',
  end: 'supervision-end',
  place: 'supervision-place',
  supervisorName: 'supervision-supervisor',
  experts: 'supervision-expert-search',
  assignmentId: 'supervision-task',
};

type Person = { id: string; name: string };

/**
 * A coordinator plans a session: what kind and why, when (Helsinki time), where, who leads it, the task
 * (before or after one) and the experts. Problems are said beside the fields, the first takes the focus.
 */
export function SupervisionForm({ onCreated }: { onCreated: (s: SupervisionSessionDto) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateSupervisionSession();
  const [kind, setKind] = useState<SupervisionKind>('individual');
  const [purpose, setPurpose] = useState<SupervisionPurpose>('after_task');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [place, setPlace] = useState('');
  const [supervisorName, setSupervisorName] = useState('');
  const [supervisorExternal, setSupervisorExternal] = useState(false);
  const [assignmentId, setAssignmentId] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [errors, setErrors] = useState<Partial<Record<SupervisionField, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const values: SupervisionFormValues = {
    kind,
    purpose,
    date,
    start,
    end,
    place,
    supervisorName,
    supervisorExternal,
    assignmentId,
    expertIds: people.map((p) => p.id),
  };
  const message = (field: SupervisionField) =>
    errors[field] ? t(`supervision.form.validation.${errors[field]}`) : undefined;
  const clear = (field: SupervisionField) => setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  const focusFirst = (found: Partial<Record<SupervisionField, string>>) => {
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) requestAnimationFrame(() => document.getElementById(FOCUS_ID[first])?.focus());
  };

  const submit = () => {
    setProblem(null);
    const found = supervisionFormProblems(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(found);
      return;
    }
    create.mutate(
      { body: supervisionBody(values) },
      {
        onSuccess: (s) => onCreated(s),
        onError: (error) => {
          const p = toApiProblem(error);
          const server: Partial<Record<SupervisionField, string>> = {};
          for (const key of Object.keys(p.fieldErrors)) {
            const field = fieldOfApiError(key);
            if (field) server[field] = 'server';
          }
          setErrors(server);
          setProblem(p);
          if (Object.keys(server).length) focusFirst(server);
          else requestAnimationFrame(() => document.getElementById('supervision-form-problem')?.focus());
        },
      },
    );
  };

  const day = parseDate(date) ?? helsinkiDate();
  const needsTask = purpose !== 'regular';

  return (
    <form
      noValidate
      aria-label={t('supervision.form.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        {problem ? (
          <div id="supervision-form-problem" tabIndex={-1}>
            <ProblemAlert problem={problem} />
          </div>
        ) : null}
        <RadioButtonGroup
          id="supervision-kind"
          name="supervision-kind"
          labelText={t('supervision.form.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as SupervisionKind);
            clear('experts');
          }}
        >
          {KINDS.map((k) => (
            <RadioButton key={k} value={k} id={`supervision-kind-${k}`}>
              {t(`supervision.kind.${k}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <RadioButtonGroup
          id="supervision-purpose"
          name="supervision-purpose"
          labelText={t('supervision.form.purpose')}
          value={purpose}
          onChange={(value) => {
            setPurpose(value as SupervisionPurpose);
            clear('assignmentId');
          }}
        >
          {PURPOSES.map((p) => (
            <RadioButton key={p} value={p} id={`supervision-purpose-${p}`}>
              {t(`supervision.form.purposeChoice.${p}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <div className="supervision-times">
          <TextInput
            id="supervision-date"
            labelText={t('supervision.form.date')}
            hintText={t('supervision.form.dateHint')}
            value={date}
            onChange={(v) => {
              setDate(String(v ?? ''));
              clear('date');
            }}
            status={errors.date ? 'error' : 'default'}
            statusText={message('date')}
            fullWidth
          />
          <TextInput
            id="supervision-start"
            labelText={t('supervision.form.start')}
            hintText={t('supervision.form.timeHint')}
            value={start}
            inputMode="decimal"
            onChange={(v) => {
              setStart(String(v ?? ''));
              clear('start');
            }}
            status={errors.start ? 'error' : 'default'}
            statusText={message('start')}
            fullWidth
          />
          <TextInput
            id="supervision-end"
            labelText={t('supervision.form.end')}
            hintText={t('supervision.form.timeHint')}
            value={end}
            inputMode="decimal"
            onChange={(v) => {
              setEnd(String(v ?? ''));
              clear('end');
            }}
            status={errors.end ? 'error' : 'default'}
            statusText={message('end')}
            fullWidth
          />
        </div>
        <TextInput
          id="supervision-place"
          labelText={t('supervision.form.place')}
          hintText={t('supervision.form.placeHint')}
          value={place}
          maxLength={300}
          onChange={(v) => {
            setPlace(String(v ?? ''));
            clear('place');
          }}
          status={errors.place ? 'error' : 'default'}
          statusText={message('place')}
          fullWidth
        />
        <TextInput
          id="supervision-supervisor"
          labelText={t('supervision.form.supervisor')}
          value={supervisorName}
          maxLength={200}
          onChange={(v) => {
            setSupervisorName(String(v ?? ''));
            clear('supervisorName');
          }}
          status={errors.supervisorName ? 'error' : 'default'}
          statusText={message('supervisorName')}
          fullWidth
        />
        <Checkbox
          id="supervision-external"
          checked={supervisorExternal}
          onClick={({ checkboxState }) => setSupervisorExternal(checkboxState)}
        >
          {t('supervision.form.external')}
        </Checkbox>
        <ExpertPicker
          people={people}
          error={message('experts')}
          onChange={(next) => {
            setPeople(next);
            clear('experts');
          }}
        />
        {needsTask ? (
          <TaskChoice
            expertIds={values.expertIds}
            from={addDays(day, -TASK_WINDOW_DAYS)}
            to={addDays(day, TASK_WINDOW_DAYS)}
            value={assignmentId}
            onChange={(id) => {
              setAssignmentId(id);
              clear('assignmentId');
            }}
            error={message('assignmentId')}
            when={(iso) => formatDateTime(iso, i18n.language)}
          />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t('supervision.form.saving') : t('supervision.form.save')}
          </Button>
        </div>
      </div>
    </form>
  );
}

/** Experts from the registry by name: search (the button or Enter), add, remove; the chosen stay listed. */
function ExpertPicker({
  people,
  error,
  onChange,
}: {
  people: Person[];
  error?: string;
  onChange: (people: Person[]) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const experts = useExpertSearch(q);
  const searchRef = useRef<HTMLInputElement>(null);
  const chosen = new Set(people.map((p) => p.id));
  const found = experts.data?.items ?? [];
  const backToSearch = () => requestAnimationFrame(() => searchRef.current?.focus());

  return (
    <fieldset className="supervision-fieldset" aria-describedby="supervision-experts-hint">
      <legend>{t('supervision.form.experts')}</legend>
      <p id="supervision-experts-hint" className="hint">
        {t('supervision.form.expertsHint')}
      </p>
      <h3 className="mt-m">{t('supervision.form.chosen')}</h3>
      {people.length === 0 ? (
        <p>{t('supervision.form.noneChosen')}</p>
      ) : (
        <ul className="plain-list supervision-people" aria-label={t('supervision.form.chosen')}>
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              <Button
                type="button"
                variant="secondary"
                aria-label={t('supervision.form.removeName', { name: p.name })}
                onClick={() => {
                  onChange(people.filter((o) => o.id !== p.id));
                  backToSearch();
                }}
              >
                {t('supervision.form.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="supervision-field-error" id="supervision-experts-error">
          {error}
        </p>
      ) : null}
      <div className="supervision-search">
        <TextInput
          id="supervision-expert-search"
          ref={searchRef}
          labelText={t('supervision.form.search')}
          value={typed}
          aria-describedby={error ? 'supervision-experts-error' : undefined}
          status={error ? 'error' : 'default'}
          onChange={(v) => setTyped(String(v ?? ''))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setQ(typed.trim());
            }
          }}
          fullWidth
        />
        <Button type="button" variant="secondary" onClick={() => setQ(typed.trim())}>
          {t('supervision.form.searchButton')}
        </Button>
      </div>
      {q && experts.isFetching && !experts.data ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : null}
      {q && experts.error ? <ProblemAlert problem={toApiProblem(experts.error)} /> : null}
      {q && experts.data ? (
        found.length === 0 ? (
          <p role="status">{t('supervision.form.noExperts')}</p>
        ) : (
          <ul className="plain-list supervision-people" aria-label={t('supervision.form.results')}>
            {found
              .filter((x) => !chosen.has(x.id))
              .map((x) => {
                const name = `${x.firstName} ${x.lastName}`;
                return (
                  <li key={x.id}>
                    <span>{name}</span>
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={t('supervision.form.addName', { name })}
                      onClick={() => {
                        onChange([...people, { id: x.id, name }]);
                        backToSearch();
                      }}
                    >
                      {t('supervision.form.add')}
                    </Button>
                  </li>
                );
              })}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}

/** The task it goes with: the chosen experts' tasks near the day, as a plain select. */
function TaskChoice({
  expertIds,
  from,
  to,
  value,
  onChange,
  error,
  when,
}: {
  expertIds: string[];
  from: string;
  to: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  when: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const results = useExpertsTasks(expertIds, from, to);
  const seen = new Set<string>();
  const tasks = results
    .flatMap((r) => r.data?.items ?? [])
    .filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const loading = results.some((r) => r.isPending);
  const hint =
    expertIds.length === 0
      ? t('supervision.form.taskNoExperts')
      : !loading && tasks.length === 0
        ? t('supervision.form.taskEmpty')
        : t('supervision.form.taskHint');
  return (
    <div className="supervision-select">
      <label htmlFor="supervision-task">{t('supervision.form.task')}</label>
      <p id="supervision-task-hint" className="hint">
        {hint}
      </p>
      {error ? (
        <p className="supervision-field-error" id="supervision-task-error">
          {error}
        </p>
      ) : null}
      <select
        id="supervision-task"
        value={value}
        aria-describedby={error ? 'supervision-task-hint supervision-task-error' : 'supervision-task-hint'}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('supervision.form.taskNone')}</option>
        {tasks.map((a) => (
          <option key={a.id} value={a.id}>
            {`${a.title} – ${a.expertName} – ${when(a.startsAt)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
