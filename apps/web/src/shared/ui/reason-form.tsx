import { type ReactNode, useEffect, useState } from 'react';
import { Button, Textarea } from 'suomifi-ui-components';

/**
 * Asks for a reason before something is cancelled or sent back; the action runs only with a reason
 * written. The caller names the missing reason and the way back in its own words.
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
  children,
}: {
  id: string;
  label: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
  missingText: string;
  keepLabel: string;
  /** More questions asked with the reason (between it and the buttons). */
  children?: ReactNode;
}) {
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
        statusText={missing ? missingText : undefined}
        resize="vertical"
        fullWidth
      />
      {children}
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
          {keepLabel}
        </Button>
      </div>
    </div>
  );
}
