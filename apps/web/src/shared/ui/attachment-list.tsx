import { useRef, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../api/api-problem';
import { ProblemAlert } from './problem-alert';

export interface AttachmentItem {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/** The texts of one list of files (each feature brings its own words). */
export interface AttachmentTexts {
  none: string;
  download: string;
  downloadNamed: (name: string) => string;
  remove: string;
  removeNamed: (name: string) => string;
  add: string;
  hint: string;
  added: (name: string) => string;
  removed: (name: string) => string;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Files kept with something (an order's attachments, a claim's receipts): download, add and remove. */
export function AttachmentList({
  id,
  items,
  canChange,
  accept,
  texts,
  onDownload,
  onRemove,
  onUpload,
  pending,
}: {
  id: string;
  items: AttachmentItem[];
  canChange: boolean;
  accept: string;
  texts: AttachmentTexts;
  /** Absent: the files cannot be downloaded from here (the applicant's own page). */
  onDownload?: (item: AttachmentItem) => Promise<unknown>;
  onRemove: (item: AttachmentItem) => Promise<unknown>;
  onUpload: (file: File) => Promise<unknown>;
  pending: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (error: unknown) => setProblem(toApiProblem(error));
  const run = (work: Promise<unknown>, done?: string) => {
    setProblem(null);
    setNotice(null);
    return work.then(() => done && setNotice(done)).catch(fail);
  };

  return (
    <>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {items.length === 0 ? <p>{texts.none}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list record-list">
          {items.map((a) => (
            <li key={a.id} className="occurrence-row">
              <span>
                {a.fileName} <span className="meta">({size(a.sizeBytes)})</span>
              </span>
              <span className="button-row">
                {onDownload ? (
                  <Button
                    type="button"
                    variant="secondaryNoBorder"
                    aria-label={texts.downloadNamed(a.fileName)}
                    onClick={() => void run(onDownload(a))}
                  >
                    {texts.download}
                  </Button>
                ) : null}
                {canChange ? (
                  <Button
                    type="button"
                    variant="secondaryNoBorder"
                    disabled={pending}
                    aria-label={texts.removeNamed(a.fileName)}
                    onClick={() => void run(onRemove(a), texts.removed(a.fileName))}
                  >
                    {texts.remove}
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {canChange ? (
        <div className="mt-m">
          <label htmlFor={`${id}-file`} className="file-label">
            {texts.add}
          </label>
          <p className="hint" id={`${id}-hint`}>
            {texts.hint}
          </p>
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            accept={accept}
            aria-describedby={`${id}-hint`}
            disabled={pending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              void run(onUpload(file), texts.added(file.name)).finally(() => {
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
