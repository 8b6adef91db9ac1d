import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';

/** A step's own buttons (back, next, send), then saving a draft, which every step offers. */
export function OrderStepButtons({
  children,
  submitting,
  onSaveDraft,
}: {
  children: ReactNode;
  submitting: boolean;
  onSaveDraft: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row mt-m">
      {children}
      <Button type="button" variant="secondary" disabled={submitting} onClick={onSaveDraft}>
        {t('orders.form.saveDraft')}
      </Button>
    </div>
  );
}
