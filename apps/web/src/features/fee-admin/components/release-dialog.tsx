import type { BatchStatusDto } from '@kokemus/api-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useReleaseBatch } from '../api/release-batch';

const REASON_MAX = 1000;

/**
 * Asking before a batch is released: a person decides payroll will never process it, says why (kept in the
 * audit trail), and its lines wait for the next batch. A dialog in the page's flow, opened by the row's
 * button; the focus moves into it and returns to the button when it closes.
 */
export function ReleaseDialog({
  batch,
  onClose,
  onReleased,
}: {
  batch: BatchStatusDto;
  onClose: () => void;
  onReleased: () => void;
}) {
  const { t } = useTranslation();
  const release = useReleaseBatch();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = () => {
    const text = reason.trim();
    if (!text) return setMissing(true);
    setMissing(false);
    release.mutate(
      { path: { id: batch.id }, body: { reason: text } },
      { onSuccess: onReleased, onError: (error) => setProblem(toApiProblem(error)) },
    );
  };

  return (
    <div
      role="dialog"
      aria-labelledby="release-dialog-heading"
      aria-describedby="release-dialog-text"
      className="panel fee-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Heading variant="h2" id="release-dialog-heading" ref={headingRef} tabIndex={-1} mb="s">
        {t('feeAdmin.batches.release.heading', { number: batch.number })}
      </Heading>
      <div id="release-dialog-text">
        <Paragraph mb="s">{t('feeAdmin.batches.release.explain')}</Paragraph>
        <Paragraph mb="s">{t('feeAdmin.batches.release.audited')}</Paragraph>
      </div>
      {problem ? <ProblemAlert problem={problem} className="mb-m" /> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Textarea
          id="release-reason"
          labelText={t('feeAdmin.batches.release.reason')}
          hintText={t('feeAdmin.batches.release.reasonHint')}
          value={reason}
          maxLength={REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
          status={missing ? 'error' : 'default'}
          statusText={missing ? t('feeAdmin.batches.release.reasonMissing') : undefined}
          resize="vertical"
          fullWidth
        />
        <div className="button-row mt-m">
          <Button type="submit" disabled={release.isPending}>
            {t('feeAdmin.batches.release.confirm')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
