import type { OrderDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useAddAttachment, useDownloadAttachment, useRemoveAttachment } from '../api/change-order';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.pptx,.xlsx,.odt';

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The order's files: download, add (PDF, image, Office, OpenDocument; at most 10 MB) and remove. */
export function OrderAttachments({ order, canChange }: { order: OrderDto; canChange: boolean }) {
  const { t } = useTranslation();
  const add = useAddAttachment(order.id);
  const remove = useRemoveAttachment(order.id);
  const download = useDownloadAttachment();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (error: unknown) => setProblem(toApiProblem(error));

  return (
    <>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {order.attachments.length === 0 ? <p>{t('orders.attachments.none')}</p> : null}
      {order.attachments.length > 0 ? (
        <ul className="plain-list record-list">
          {order.attachments.map((a) => (
            <li key={a.id} className="occurrence-row">
              <span>
                {a.fileName} <span className="meta">({size(a.sizeBytes)})</span>
              </span>
              <span className="button-row">
                <Button
                  type="button"
                  variant="secondaryNoBorder"
                  aria-label={t('orders.attachments.downloadNamed', { name: a.fileName })}
                  onClick={() => {
                    setProblem(null);
                    download.mutate(
                      { orderId: order.id, attachmentId: a.id, fileName: a.fileName },
                      { onError: fail },
                    );
                  }}
                >
                  {t('orders.attachments.download')}
                </Button>
                {canChange ? (
                  <Button
                    type="button"
                    variant="secondaryNoBorder"
                    disabled={remove.isPending}
                    aria-label={t('orders.attachments.removeNamed', { name: a.fileName })}
                    onClick={() => {
                      setProblem(null);
                      remove.mutate(
                        { path: { id: order.id, attachmentId: a.id } },
                        {
                          onSuccess: () => setNotice(t('orders.attachments.removed', { name: a.fileName })),
                          onError: fail,
                        },
                      );
                    }}
                  >
                    {t('orders.attachments.remove')}
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {canChange ? (
        <div className="mt-m">
          <label htmlFor="order-attachment-file" className="file-label">
            {t('orders.attachments.add')}
          </label>
          <p className="hint" id="order-attachment-hint">
            {t('orders.attachments.hint')}
          </p>
          <input
            id="order-attachment-file"
            ref={input}
            type="file"
            accept={ACCEPT}
            aria-describedby="order-attachment-hint"
            disabled={add.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              setProblem(null);
              setNotice(null);
              add
                .upload(file)
                .then(() => setNotice(t('orders.attachments.added', { name: file.name })))
                .catch(fail)
                .finally(() => {
                  if (input.current) input.current.value = '';
                });
            }}
          />
        </div>
      ) : null}
      <div role="status" className="notice">
        {notice ?? ''}
      </div>
    </>
  );
}
