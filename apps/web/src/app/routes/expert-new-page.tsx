import '../../features/registry/registry-strings';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useCreateExpert } from '../../features/registry/api/create-expert';
import { ExpertCreateForm, toCreateExpertBody } from '../../features/registry/components/expert-create-form';
import { Page } from '../../shared/ui/page';

export function ExpertNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateExpert();
  return (
    <Page title={t('registry.new.title')} lead={<Paragraph mb="m">{t('registry.new.lead')}</Paragraph>}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/registry">
          {t('registry.detail.backToList')}
        </RouterLink>
      </Paragraph>
      <ExpertCreateForm
        submitting={create.isPending}
        onSubmit={async (values) => {
          const expert = await create.mutateAsync({ body: toCreateExpertBody(values) });
          await navigate({ to: '/registry/$expertId', params: { expertId: expert.id } });
        }}
        onCancel={() => void navigate({ to: '/registry' })}
      />
    </Page>
  );
}
