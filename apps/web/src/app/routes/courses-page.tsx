import '../../features/courses/courses-strings';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useCourses } from '../../features/courses/api/list-courses';
import { CourseList } from '../../features/courses/components/course-list';
import { COURSE_KINDS, ofKind } from '../../features/courses/courses.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/courses');
const ALL = 'all';

/** The courses, newest first, with a filter by kind (kept in the URL) and "load more". */
export function CoursesPage() {
  const { t } = useTranslation();
  const { kind } = route.useSearch();
  const navigate = useNavigate({ from: '/courses' });
  const courses = useCourses();
  const loaded = courses.data?.pages.flatMap((page) => page.items) ?? [];
  const items = ofKind(loaded, kind);

  return (
    <Page title={t('courses.title')} lead={<Paragraph mb="m">{t('courses.lead')}</Paragraph>}>
      <div className="button-row mb-m">
        <RouterLink asComponent={Link} to="/courses/new" className="button-link">
          {t('courses.new.link')}
        </RouterLink>
      </div>
      <div className="course-filters">
        <Dropdown
          id="course-kind-filter"
          labelText={t('courses.filter.kind')}
          value={kind ?? ALL}
          onChange={(next) =>
            void navigate({
              search: (prev) => ({ ...prev, kind: next === ALL ? undefined : (next as typeof kind) }),
              replace: true,
            })
          }
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('courses.filter.all')}
            </DropdownItem>,
            ...COURSE_KINDS.map((k) => (
              <DropdownItem key={k} value={k}>
                {t(`courses.kind.${k}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      <p role="status" className="result-count">
        {courses.data
          ? courses.hasNextPage
            ? t('courses.countMore', { count: items.length })
            : t('courses.count', { count: items.length })
          : ''}
      </p>
      <h2 id="course-list-heading" className="visually-hidden">
        {t('courses.listHeading')}
      </h2>
      {courses.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {courses.isError ? <ProblemAlert problem={toApiProblem(courses.error)} /> : null}
      {courses.data && items.length === 0 ? (
        <Paragraph>{kind ? t('courses.noneOfKind') : t('courses.none')}</Paragraph>
      ) : null}
      {items.length > 0 ? <CourseList courses={items} labelledBy="course-list-heading" /> : null}
      {courses.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={courses.isFetchingNextPage}
            onClick={() => void courses.fetchNextPage()}
          >
            {t('courses.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
