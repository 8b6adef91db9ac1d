import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { centsToInput, formatEuros, parseEuros } from '../../../shared/format/money';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useMileageRates } from '../api/list-mileage-rates';
import { useSaveMileageRate } from '../api/save-mileage-rate';

const MAX_CENTS = 999;

/** The tax-free kilometre allowance by year; a year's rate is set (or corrected) with the form below. */
export function MileageRates() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rates = useMileageRates();
  const save = useSaveMileageRate();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [rate, setRate] = useState('');
  const [errors, setErrors] = useState<{ year?: string; rate?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = () => {
    const y = Number(year.trim());
    const cents = parseEuros(rate);
    const next: typeof errors = {};
    if (!/^\d{4}$/.test(year.trim()) || y < 2000 || y > 2100) next.year = t('feeAdmin.mileage.yearInvalid');
    if (cents === null || cents < 1 || cents > MAX_CENTS) next.rate = t('feeAdmin.mileage.rateInvalid');
    setErrors(next);
    setNotice(null);
    if (next.year || next.rate || cents === null) return;
    save.mutate(
      { path: { year: y }, body: { centsPerKm: cents } },
      {
        onSuccess: () => setNotice(t('feeAdmin.mileage.saved', { year: y, rate: formatEuros(cents, lang) })),
      },
    );
  };

  return (
    <section aria-labelledby="mileage-heading" className="panel">
      <Heading variant="h2" id="mileage-heading" mb="s">
        {t('feeAdmin.mileage.heading')}
      </Heading>
      <Paragraph mb="s">{t('feeAdmin.mileage.note')}</Paragraph>
      {rates.isError ? <ProblemAlert problem={toApiProblem(rates.error)} /> : null}
      {rates.data && rates.data.length === 0 ? (
        <Paragraph mb="s">{t('feeAdmin.mileage.none')}</Paragraph>
      ) : null}
      {rates.data && rates.data.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="mileage-caption" tabIndex={0}>
          <table className="plain-table fee-table">
            <caption id="mileage-caption">{t('feeAdmin.mileage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feeAdmin.mileage.year')}</th>
                <th scope="col" className="num">
                  {t('feeAdmin.mileage.rate')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('feeAdmin.rates.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rates.data.map((item) => (
                <tr key={item.year}>
                  <th scope="row">{item.year}</th>
                  <td className="num">
                    {t('feeAdmin.mileage.perKm', { rate: formatEuros(item.centsPerKm, lang) })}
                  </td>
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => {
                        setYear(String(item.year));
                        setRate(centsToInput(item.centsPerKm, lang));
                        document.getElementById('mileage-rate')?.focus();
                      }}
                    >
                      {t('feeAdmin.mileage.change', { year: item.year })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form
        noValidate
        className="form-stack mt-m"
        aria-labelledby="mileage-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Heading variant="h3" id="mileage-form-heading">
          {t('feeAdmin.mileage.formHeading')}
        </Heading>
        <TextInput
          id="mileage-year"
          labelText={t('feeAdmin.mileage.year')}
          inputMode="numeric"
          value={year}
          onChange={(value) => setYear(String(value ?? ''))}
          status={errors.year ? 'error' : 'default'}
          statusText={errors.year}
        />
        <TextInput
          id="mileage-rate"
          labelText={t('feeAdmin.mileage.rateInput')}
          hintText={t('feeAdmin.mileage.rateHint')}
          inputMode="decimal"
          value={rate}
          onChange={(value) => setRate(String(value ?? ''))}
          status={errors.rate ? 'error' : 'default'}
          statusText={errors.rate}
        />
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('feeAdmin.mileage.save')}
          </Button>
        </div>
        <div role="status" className="notice">
          {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
        </div>
        {save.isError ? <ProblemAlert problem={toApiProblem(save.error)} /> : null}
      </form>
    </section>
  );
}
