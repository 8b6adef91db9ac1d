import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useIncomeTypes } from '../api/list-income-types';

/** The Incomes Register income types a rate can carry, to read (an admin keeps them). */
export function IncomeTypes() {
  const { t, i18n } = useTranslation();
  const types = useIncomeTypes();
  const name = (item: { nameFi: string; nameSv: string; nameEn: string }) =>
    i18n.language === 'sv' ? item.nameSv : i18n.language === 'en' ? item.nameEn : item.nameFi;
  return (
    <section aria-labelledby="income-types-heading" className="panel">
      <Heading variant="h2" id="income-types-heading" mb="s">
        {t('feeAdmin.incomeTypes.heading')}
      </Heading>
      <Paragraph mb="s">{t('feeAdmin.incomeTypes.lead')}</Paragraph>
      {types.isError ? <ProblemAlert problem={toApiProblem(types.error)} /> : null}
      {types.data ? (
        <div className="table-scroll" role="region" aria-labelledby="income-types-caption" tabIndex={0}>
          <table className="plain-table fee-table">
            <caption id="income-types-caption">{t('feeAdmin.incomeTypes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feeAdmin.incomeTypes.code')}</th>
                <th scope="col">{t('feeAdmin.incomeTypes.name')}</th>
                <th scope="col">{t('feeAdmin.incomeTypes.taxFree')}</th>
                <th scope="col">{t('feeAdmin.incomeTypes.reported')}</th>
              </tr>
            </thead>
            <tbody>
              {types.data.map((item) => (
                <tr key={item.code}>
                  <th scope="row">{item.code}</th>
                  <td>{name(item)}</td>
                  <td>{t(item.taxFree ? 'feeAdmin.yes' : 'feeAdmin.no')}</td>
                  <td>{t(item.reported ? 'feeAdmin.yes' : 'feeAdmin.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
