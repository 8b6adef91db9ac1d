import type { CourseDto, EnrolDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { municipalityName } from '../../../shared/format/catalog-label';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useEnrolOnCourse } from '../api/enrol-on-course';
import { useTrainingApplications } from '../api/list-training-applications';
import { useExpertSearch } from '../api/search-experts';
import { hasRoom } from '../courses.rules';

type Source = 'expert' | 'applicant';
type Candidate = { key: string; name: string; detail: string; body: EnrolDto; enrolled: boolean };

/**
 * Enrolling a person: an expert found in the registry by name, or an applicant whose application is at
 * the training step. People already on the course are shown as such; a full course takes nobody.
 */
export function EnrolSection({ course }: { course: CourseDto }) {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<Source>('expert');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const enrol = useEnrolOnCourse();
  const experts = useExpertSearch(source === 'expert' ? q : '');
  const applications = useTrainingApplications(source === 'applicant');
  const onCourse = new Set(
    course.enrolments
      .filter((e) => e.status !== 'withdrawn')
      .flatMap((e) => [e.expertId, e.applicationId])
      .filter(Boolean),
  );

  if (!hasRoom(course)) return <p>{t('courses.enrol.full', { capacity: course.capacity })}</p>;

  const candidates: Candidate[] =
    source === 'expert'
      ? (experts.data?.items ?? []).map((x) => ({
          key: x.id,
          name: `${x.firstName} ${x.lastName}`,
          detail: [
            x.municipality ? municipalityName(x.municipality, i18n.language) : '',
            t(`courses.expertStatus.${x.status}`),
          ]
            .filter(Boolean)
            .join(', '),
          body: { expertId: x.id },
          enrolled: onCourse.has(x.id),
        }))
      : (applications.data?.items ?? []).map((a) => ({
          key: a.id,
          name: `${a.firstName} ${a.lastName}`,
          detail: a.municipalityName ?? '',
          body: { applicationId: a.id },
          enrolled: onCourse.has(a.id),
        }));
  const loading = source === 'expert' ? q !== '' && experts.isPending : applications.isPending;
  const failed = source === 'expert' ? experts.error : applications.error;
  const asked = source === 'applicant' || q !== '';

  const onEnrol = (c: Candidate) => {
    setNotice('');
    setProblem(null);
    enrol.mutate(
      { path: { id: course.id }, body: c.body },
      {
        onSuccess: () => setNotice(t('courses.enrol.done', { name: c.name })),
        onError: (error) => setProblem(toApiProblem(error)),
      },
    );
  };

  return (
    <div className="form-stack">
      <RadioButtonGroup
        id="course-enrol-source"
        name="course-enrol-source"
        labelText={t('courses.enrol.source')}
        value={source}
        onChange={(value) => {
          setSource(value as Source);
          setNotice('');
          setProblem(null);
        }}
      >
        <RadioButton value="expert" id="course-enrol-source-expert">
          {t('courses.enrol.fromRegistry')}
        </RadioButton>
        <RadioButton
          value="applicant"
          id="course-enrol-source-applicant"
          hintText={t('courses.enrol.applicantHint')}
        >
          {t('courses.enrol.fromApplications')}
        </RadioButton>
      </RadioButtonGroup>
      {source === 'expert' ? (
        <form
          role="search"
          noValidate
          className="course-search"
          onSubmit={(event) => {
            event.preventDefault();
            setQ(typed.trim());
          }}
        >
          <TextInput
            id="course-enrol-search"
            labelText={t('courses.enrol.search')}
            hintText={t('courses.enrol.searchHint')}
            value={typed}
            onChange={(value) => setTyped(String(value ?? ''))}
            fullWidth
          />
          <Button type="submit" variant="secondary">
            {t('courses.enrol.searchButton')}
          </Button>
        </form>
      ) : null}
      <div role="status" className="notice">
        {notice}
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {loading ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {failed ? <ProblemAlert problem={toApiProblem(failed)} /> : null}
      {asked && !loading && !failed ? (
        candidates.length === 0 ? (
          <p>{t(source === 'expert' ? 'courses.enrol.noExperts' : 'courses.enrol.noApplicants')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('courses.enrol.candidates')}>
            {candidates.map((c) => (
              <li key={c.key} className="record-row">
                <div>
                  <strong>{c.name}</strong>
                  {c.detail ? <div className="hint">{c.detail}</div> : null}
                </div>
                {c.enrolled ? (
                  <span>{t('courses.enrol.already')}</span>
                ) : (
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={enrol.isPending}
                    onClick={() => onEnrol(c)}
                    aria-label={`${t('courses.enrol.button')} ${c.name}`}
                  >
                    {t('courses.enrol.button')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
