import '../../features/feedback/supervision/supervision-strings';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SupervisionForm } from '../../features/feedback/supervision/components/supervision-form';
import { Page } from '../../shared/ui/page';

/** A coordinator plans a supervision session; the experts are invited when it is saved. */
export function SupervisionNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('supervision.form.title')} lead={<p>{t('supervision.form.lead')}</p>}>
      <p>
        <Link to="/supervision">{t('supervision.back')}</Link>
      </p>
      <SupervisionForm
        onCreated={(s) => void navigate({ to: '/supervision/$sessionId', params: { sessionId: s.id } })}
      />
    </Page>
  );
}
