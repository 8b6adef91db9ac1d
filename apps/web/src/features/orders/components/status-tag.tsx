import type { OrderStatus } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';

export function StatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <span className="status-tag">{t(`orders.status.${status}`)}</span>;
}
