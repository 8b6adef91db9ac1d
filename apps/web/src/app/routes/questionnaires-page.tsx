import '../../features/feedback/questionnaires/questionnaires-strings';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useCurrentQuestionnaires } from '../../features/feedback/questionnaires/api/questionnaires';
import { QuestionnaireList } from '../../features/feedback/questionnaires/components/questionnaire-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function QuestionnairesPage() {
  const { t } = useTranslation();
  const list = useCurrentQuestionnaires();
  return (
    <Page title={t('questionnaires.title')} lead={<Paragraph mb="m">{t('questionnaires.lead')}</Paragraph>}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/questionnaires/new" className="button-link">
          {t('questionnaires.add')}
        </RouterLink>
      </Paragraph>
      <h2 id="questionnaire-list-heading" className="visually-hidden">
        {t('questionnaires.listHeading')}
      </h2>
      {list.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {list.isError ? <ProblemAlert problem={toApiProblem(list.error)} /> : null}
      {list.data && list.data.length === 0 ? <Paragraph>{t('questionnaires.none')}</Paragraph> : null}
      {list.data && list.data.length > 0 ? (
        <QuestionnaireList questionnaires={list.data} labelledBy="questionnaire-list-heading" />
      ) : null}
    </Page>
  );
}
