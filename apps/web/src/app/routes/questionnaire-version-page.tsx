import '../../features/feedback/questionnaires/questionnaires-strings';
import type { QuestionnaireDto } from '@kokemus/api-client';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import {
  useCreateQuestionnaire,
  useQuestionnaireVersions,
} from '../../features/feedback/questionnaires/api/questionnaires';
import { QuestionnaireEditor } from '../../features/feedback/questionnaires/components/questionnaire-editor';
import { setSavedVersionFlash } from '../../features/feedback/questionnaires/flash';
import {
  editorValuesFrom,
  titleIn,
  toCreateBody,
} from '../../features/feedback/questionnaires/questionnaires.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/questionnaires/$key/new-version');

export function QuestionnaireVersionPage() {
  const { t } = useTranslation();
  const { key } = route.useParams();
  const versions = useQuestionnaireVersions(key);
  if (versions.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (versions.isError) return <ProblemAlert problem={toApiProblem(versions.error)} />;
  if (versions.data.length === 0) return <NotFoundPage />;
  return <NewVersion newest={versions.data[0]} />;
}

function NewVersion({ newest }: { newest: QuestionnaireDto }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateQuestionnaire();
  const [initial] = useState(() => editorValuesFrom(newest));
  const back = () => void navigate({ to: '/questionnaires/$key', params: { key: newest.key } });
  const title = t('questionnaires.editor.versionTitle', { title: titleIn(newest.title, i18n.language) });

  if (newest.locked)
    return (
      <Page title={title}>
        <InlineAlert status="neutral">{t('questionnaires.detail.lockedExplain')}</InlineAlert>
        <Paragraph mt="m">
          <RouterLink asComponent={Link} to="/questionnaires">
            {t('questionnaires.detail.backToList')}
          </RouterLink>
        </Paragraph>
      </Page>
    );
  return (
    <Page
      title={title}
      lead={
        <Paragraph mb="m">
          {t('questionnaires.editor.versionLead', { version: newest.version + 1 })}{' '}
          {t(`questionnaires.audienceName.${newest.audience}`)} · {t('questionnaires.key')}: {newest.key}
        </Paragraph>
      }
    >
      <QuestionnaireEditor
        initial={initial}
        isNew={false}
        submitting={create.isPending}
        onSubmit={async (values) => {
          const saved = await create.mutateAsync({ body: toCreateBody(values) });
          setSavedVersionFlash(saved.key, saved.version);
          await navigate({ to: '/questionnaires/$key', params: { key: saved.key } });
        }}
        onCancel={back}
      />
    </Page>
  );
}
