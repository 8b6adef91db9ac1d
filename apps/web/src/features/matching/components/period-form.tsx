import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { formatDate, parseDate } from '../../../shared/format/date';
import { defaultPeriod, validPeriod } from '../matching.rules';

/** A period as two dates written the Finnish way (2.3.2027); `onPeriod` runs with a valid one. */
export function PeriodForm({
  id,
  days,
  submitLabel,
  pending,
  onPeriod,
}: {
  id: string;
  days: number;
  submitLabel: string;
  pending?: boolean;
  onPeriod: (period: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  // A positive number of days looks ahead from today (suggestions), a negative one back (figures).
  const initial =
    days >= 0
      ? defaultPeriod(new Date(), days)
      : {
          from: defaultPeriod(new Date(Date.now() + days * 86_400_000), 0).from,
          to: defaultPeriod(new Date(), 0).to,
        };
  const [from, setFrom] = useState(formatDate(initial.from));
  const [to, setTo] = useState(formatDate(initial.to));
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const period = { from: parseDate(from) ?? '', to: parseDate(to) ?? '' };
        if (!validPeriod(period.from, period.to)) return setInvalid(true);
        setInvalid(false);
        onPeriod(period);
      }}
    >
      <TextInput
        id={`${id}-from`}
        labelText={t('matching.suggestions.from')}
        hintText={t('orders.hint.date')}
        value={from}
        onChange={(v) => setFrom(String(v ?? ''))}
      />
      <TextInput
        id={`${id}-to`}
        labelText={t('matching.suggestions.to')}
        hintText={t('orders.hint.date')}
        value={to}
        onChange={(v) => setTo(String(v ?? ''))}
      />
      <div role="status" className="notice">
        {invalid ? <InlineAlert status="error">{t('matching.period.invalid')}</InlineAlert> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
