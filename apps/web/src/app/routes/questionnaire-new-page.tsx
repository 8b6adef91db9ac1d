import '../../features/feedback/questionnaires/questionnaires-strings';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useCreateQuestionnaire } from '../../features/feedback/questionnaires/api/questionnaires';
import { QuestionnaireEditor } from '../../features/feedback/questionnaires/components/questionnaire-editor';
import { setSavedVersionFlash } from '../../features/feedback/questionnaires/flash';
import { editorValuesFrom, toCreateBody } from '../../features/feedback/questionnaires/questionnaires.rules';
import { Page } from '../../shared/ui/page';

export function QuestionnaireNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateQuestionnaire();
  const [initial] = useState(() => editorValuesFrom(null));
  return (
    <Page
      title={t('questionnaires.editor.newTitle')}
      lead={<Paragraph mb="m">{t('questionnaires.editor.newLead')}</Paragraph>}
    >
      <QuestionnaireEditor
        initial={initial}
        isNew
        submitting={create.isPending}
        onSubmit={async (values) => {
          const saved = await create.mutateAsync({ body: toCreateBody(values) });
          setSavedVersionFlash(saved.key, saved.version);
          await navigate({ to: '/questionnaires/$key', params: { key: saved.key } });
        }}
        onCancel={() => void navigate({ to: '/questionnaires' })}
      />
    </Page>
  );
}
