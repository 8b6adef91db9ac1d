import '../../features/registry/registry-strings';
import type { RegistryImportDto } from '@kokemus/api-client';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useDownloadImportProblems } from '../../features/registry/api/download-import-problems';
import { useImport } from '../../features/registry/api/get-import';
import { useRunImport } from '../../features/registry/api/run-import';
import { useUploadImport } from '../../features/registry/api/upload-import';
import { ImportResult } from '../../features/registry/components/import-result';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/registry/import');

/** Choose a file → dry run → import the valid rows → follow the progress → summary. The import's id is in the URL. */
export function RegistryImportPage() {
  const { t } = useTranslation();
  const { id } = route.useSearch();
  const navigate = useNavigate({ from: '/registry/import' });
  const current = useImport(id);
  return (
    <Page title={t('registry.import.title')} lead={<Paragraph mb="m">{t('registry.import.lead')}</Paragraph>}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/registry">
          {t('registry.detail.backToList')}
        </RouterLink>
      </Paragraph>
      {id === undefined ? (
        <ChooseFile onUploaded={(result) => void navigate({ search: { id: result.id } })} />
      ) : current.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : current.isError ? (
        <ProblemAlert problem={toApiProblem(current.error)} />
      ) : (
        <ImportStep result={current.data} onAnother={() => void navigate({ search: {} })} />
      )}
    </Page>
  );
}

function ChooseFile({ onUploaded }: { onUploaded: (result: RegistryImportDto) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <section aria-labelledby="import-choose-heading" className="panel">
      <Heading variant="h2" id="import-choose-heading" mb="s">
        {t('registry.import.chooseHeading')}
      </Heading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) {
            setMissing(true);
            return;
          }
          upload.upload(file).then(onUploaded, () => undefined);
        }}
      >
        <div className="form-stack">
          <div>
            <label htmlFor={inputId} className="file-label">
              {t('registry.import.file')}
            </label>
            <p id={hintId} className="hint">
              {t('registry.import.fileHint')}
            </p>
            <input
              id={inputId}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={hintId}
              aria-invalid={missing || undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissing(false);
              }}
            />
          </div>
          {missing ? <InlineAlert status="error">{t('registry.import.chooseFirst')}</InlineAlert> : null}
          {upload.isError ? <ProblemAlert problem={toApiProblem(upload.error)} /> : null}
          <div className="button-row">
            <Button type="submit" disabled={upload.isPending}>
              {t('registry.import.upload')}
            </Button>
          </div>
          {upload.isPending ? <LoadingSpinner text={t('registry.import.checking')} variant="small" /> : null}
        </div>
      </form>
    </section>
  );
}

function ImportStep({ result, onAnother }: { result: RegistryImportDto; onAnother: () => void }) {
  const { t } = useTranslation();
  const run = useRunImport();
  const download = useDownloadImportProblems();
  const progressLabel = useId();

  if (result.status === 'queued' || result.status === 'running') {
    return (
      <section aria-labelledby="import-progress-heading" className="panel">
        <Heading variant="h2" id="import-progress-heading" mb="s">
          {t('registry.import.runningHeading')}
        </Heading>
        <p id={progressLabel}>{t('registry.import.progressLabel')}</p>
        <progress
          className="import-progress"
          aria-labelledby={progressLabel}
          max={100}
          value={result.progressPercent}
        >
          {result.progressPercent} %
        </progress>
        <p role="status">
          {t('registry.import.progress', { done: result.processedRows, total: result.validRows })}
        </p>
      </section>
    );
  }

  if (result.status === 'completed' || result.status === 'failed') {
    return (
      <section aria-labelledby="import-done-heading" className="panel">
        <Heading variant="h2" id="import-done-heading" mb="s">
          {result.status === 'completed'
            ? t('registry.import.doneHeading')
            : t('registry.import.failedHeading')}
        </Heading>
        <div role="status">
          <InlineAlert status={result.status === 'completed' ? 'neutral' : 'error'}>
            {result.status === 'completed'
              ? t('registry.import.done', { count: result.importedRows })
              : t('registry.import.failed', { count: result.importedRows })}
          </InlineAlert>
        </div>
        <ImportResult result={result} />
        <div className="button-row mt-m">
          <RouterLink asComponent={Link} to="/registry" className="button-link">
            {t('registry.import.toRegistry')}
          </RouterLink>
          <Button variant="secondary" onClick={onAnother}>
            {t('registry.import.another')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="import-check-heading" className="panel">
      <Heading variant="h2" id="import-check-heading" mb="s">
        {t('registry.import.checkHeading')}
      </Heading>
      <ImportResult result={result} />
      {download.isError ? <ProblemAlert problem={toApiProblem(download.error)} /> : null}
      {run.isError ? <ProblemAlert problem={toApiProblem(run.error)} /> : null}
      <div className="button-row mt-m">
        {result.problemCount > 0 ? (
          <Button
            variant="secondary"
            disabled={download.isPending}
            onClick={() => download.mutate(result.id)}
          >
            {t('registry.import.downloadProblems')}
          </Button>
        ) : null}
        {result.validRows > 0 ? (
          <Button disabled={run.isPending} onClick={() => run.mutate({ path: { id: result.id } })}>
            {t('registry.import.run', { count: result.validRows })}
          </Button>
        ) : (
          <Paragraph>{t('registry.import.nothingToImport')}</Paragraph>
        )}
        <Button variant="secondaryNoBorder" onClick={onAnother}>
          {t('registry.import.another')}
        </Button>
      </div>
    </section>
  );
}
