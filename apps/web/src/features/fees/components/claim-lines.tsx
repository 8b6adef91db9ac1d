import type { ClaimDto, ClaimLineDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/format/money';
import type { Translate } from '../fees.rules';

/**
 * Hourly lines count minutes; a per-task or per-meeting fee counts 1. The line does not say which basis it
 * has, and an hourly fee is never billed for a single minute, so a fee of quantity 1 is taken as per task.
 */
function isTimed(line: ClaimLineDto): boolean {
  return line.kind === 'preparation' || (line.kind === 'fee' && line.quantity !== 1);
}

function quantityText(t: Translate, line: ClaimLineDto): string {
  if (line.kind === 'fee' && !isTimed(line)) return t('fees.claim.quantity.once');
  if (isTimed(line))
    return t('fees.claim.quantity.minutes', {
      hours: Math.floor(line.quantity / 60),
      minutes: line.quantity % 60,
    });
  if (line.kind === 'mileage') return t('fees.claim.quantity.km', { km: line.quantity });
  return String(line.quantity);
}

function rateText(t: Translate, line: ClaimLineDto, language: string): string {
  const amount = formatEuros(line.unitCents, language);
  if (isTimed(line)) return t('fees.claim.rate.hour', { amount });
  if (line.kind === 'mileage') return t('fees.claim.rate.km', { amount });
  return amount;
}

/** The lines the amount is made of, with their income types, and the total before tax. */
export function ClaimLines({ claim }: { claim: ClaimDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <p className="claim-total">{t('fees.claim.total', { amount: formatEuros(claim.totalCents, lang) })}</p>
      {claim.earningsCents !== claim.totalCents ? (
        <p>{t('fees.claim.earnings', { amount: formatEuros(claim.earningsCents, lang) })}</p>
      ) : null}
      {claim.lines.length === 0 ? (
        <p>{t('fees.claim.noLines')}</p>
      ) : (
        // Focusable so a keyboard can scroll the table sideways on a narrow phone.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="claim-lines-caption">
          <table className="claim-lines">
            <caption id="claim-lines-caption">{t('fees.claim.linesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fees.claim.col.what')}</th>
                <th scope="col">{t('fees.claim.col.quantity')}</th>
                <th scope="col">{t('fees.claim.col.unit')}</th>
                <th scope="col">{t('fees.claim.col.amount')}</th>
                <th scope="col">{t('fees.claim.col.incomeType')}</th>
                <th scope="col">{t('fees.claim.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {claim.lines.map((line) => (
                <tr key={line.id}>
                  <td>
                    {t(`fees.claim.kind.${line.kind}`)}
                    {line.description && line.kind === 'expense' ? `: ${line.description}` : ''}
                  </td>
                  <td>{quantityText(t, line)}</td>
                  <td>{rateText(t, line, lang)}</td>
                  <td>{formatEuros(line.amountCents, lang)}</td>
                  <td>{line.incomeTypeCode || '–'}</td>
                  <td>
                    {t(`fees.claim.lineStatus.${line.status}`)}
                    {line.rejectReason ? (
                      <div>{t('fees.claim.rejectReason', { reason: line.rejectReason })}</div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
