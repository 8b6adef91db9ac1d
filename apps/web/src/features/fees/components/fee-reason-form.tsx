import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';

/** Asks for a reason before a claim is sent back or cancelled; the step runs only with a reason written. */
export function FeeReasonForm({
  id,
  label,
  confirmLabel,
  pending,
  onConfirm,
  onClose,
}: {
  id: string;
  label: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
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
        statusText={missing ? t('fees.actions.reasonMissing') : undefined}
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
          {t('fees.actions.keep')}
        </Button>
      </div>
    </div>
  );
}
