import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';

/**
 * Asks for a reason before something is cancelled or sent back; the action runs only with a reason
 * written. The texts of the missing reason and of the way back default to the orders' own.
 */
export function ReasonForm({
  id,
  label,
  confirmLabel,
  pending,
  onConfirm,
  onClose,
  missingText,
  keepLabel,
}: {
  id: string;
  label: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
  missingText?: string;
  keepLabel?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return (
    <div className="form-stack mt-m">
      <Textarea
        id={id}
        labelText={label}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? (missingText ?? t('orders.cancel.reasonMissing')) : undefined}
        resize="vertical"
        fullWidth
      />
      <div className="button-row">
        <Button
          type="button"
          disabled={pending}
          onClick={() => {
            if (!reason.trim()) {
              setMissing(true);
              document.getElementById(id)?.focus();
              return;
            }
            void onConfirm(reason.trim()).catch(() => undefined);
          }}
        >
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {keepLabel ?? t('orders.cancel.keep')}
        </Button>
      </div>
    </div>
  );
}
