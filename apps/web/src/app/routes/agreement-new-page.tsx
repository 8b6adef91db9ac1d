import '../../features/agreements/agreements-strings';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useCreateAgreement } from '../../features/agreements/api/create-agreement';
import { toCreateBody } from '../../features/agreements/agreements.rules';
import { CreateAgreementForm } from '../../features/agreements/components/create-agreement-form';
import { setAgreementFlash } from '../../features/agreements/flash';
import { Page } from '../../shared/ui/page';

export function AgreementNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  return (
    <Page
      title={t('agreements.admin.newTitle')}
      lead={<Paragraph mb="m">{t('agreements.admin.newLead')}</Paragraph>}
    >
      <CreateAgreementForm
        submitting={create.isPending}
        onSubmit={async (values) => {
          const agreement = await create.mutateAsync({ body: toCreateBody(values) });
          setAgreementFlash('agreement-created');
          await navigate({ to: '/agreements/$agreementId', params: { agreementId: agreement.id } });
        }}
        onCancel={() => void navigate({ to: '/agreements' })}
      />
    </Page>
  );
}
