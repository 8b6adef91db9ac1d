import type { ProductDto, UnitDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { OrderFormValues } from '../orders.rules';
import { OrderReview } from './order-review';
import { OrderStepButtons } from './order-step-buttons';

/** Step 4: the whole order in plain language, then sending it. */
export function OrderReviewStep({
  values,
  product,
  units,
  submitting,
  onBack,
  onSend,
  onSaveDraft,
}: {
  values: OrderFormValues;
  product: ProductDto;
  units: readonly UnitDto[];
  submitting: boolean;
  onBack: () => void;
  onSend: () => void;
  onSaveDraft: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <OrderReview values={values} product={product} units={units} />
      <p className="hint">{t('orders.form.sendHint')}</p>
      <OrderStepButtons submitting={submitting} onSaveDraft={onSaveDraft}>
        <Button type="button" variant="secondary" onClick={onBack}>
          {t('orders.form.back')}
        </Button>
        <Button type="button" disabled={submitting} onClick={onSend}>
          {t('orders.form.send')}
        </Button>
      </OrderStepButtons>
    </div>
  );
}
