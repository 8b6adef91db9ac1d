import '../../features/courses/courses-strings';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useCreateCourse } from '../../features/courses/api/create-course';
import { CourseForm } from '../../features/courses/components/course-form';
import { toCreateCourseBody } from '../../features/courses/courses.rules';
import { Page } from '../../shared/ui/page';

export function CourseNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();
  return (
    <Page title={t('courses.new.title')} lead={<Paragraph mb="m">{t('courses.new.lead')}</Paragraph>}>
      <CourseForm
        submitting={create.isPending}
        onSubmit={async (values) => {
          const course = await create.mutateAsync({ body: toCreateCourseBody(values) });
          await navigate({ to: '/courses/$courseId', params: { courseId: course.id } });
        }}
        onCancel={() => void navigate({ to: '/courses' })}
      />
    </Page>
  );
}
