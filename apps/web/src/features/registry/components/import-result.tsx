import type { RegistryImportDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

/** The dry run's counts and the first problems, row by row as in the spreadsheet. */
export function ImportResult({ result }: { result: RegistryImportDto }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="details">
        <dt>{t('registry.import.fileName')}</dt>
        <dd>{result.fileName}</dd>
        <dt>{t('registry.import.totalRows')}</dt>
        <dd>{result.totalRows}</dd>
        <dt>{t('registry.import.validRows')}</dt>
        <dd>{result.validRows}</dd>
        <dt>{t('registry.import.problemCount')}</dt>
        <dd>{result.problemCount}</dd>
      </dl>
      {result.problems.length > 0 ? (
        <>
          <Heading variant="h3" mt="m" mb="s" id="import-problems-heading">
            {t('registry.import.problemsHeading')}
          </Heading>
          <div className="table-scroll" role="region" aria-labelledby="import-problems-heading" tabIndex={0}>
            <table className="plain-table">
              <thead>
                <tr>
                  <th scope="col">{t('registry.import.row')}</th>
                  <th scope="col">{t('registry.import.field')}</th>
                  <th scope="col">{t('registry.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.problems.map((problem) => (
                  <tr key={`${problem.row}-${problem.field}-${problem.code}`}>
                    <td>{problem.row}</td>
                    <td>{problem.field}</td>
                    <td lang="en">{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
