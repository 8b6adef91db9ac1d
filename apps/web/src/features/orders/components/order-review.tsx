import type { ProductDto, UnitDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDate, normaliseTime, parseDate } from '../../../shared/format/date';
import { useOrderAreas } from '../api/list-experience-areas';
import { useOrderLanguages } from '../api/list-languages';
import { useOrderMunicipalities } from '../api/list-municipalities';
import { useOrderTiers } from '../api/list-training-tiers';
import { type OrderFormValues, seriesPreview, seriesToApi } from '../orders.rules';
import { catalogLabel, labelFor, municipalityName } from '../../../shared/format/catalog-label';

/** The review step: everything the order will say, in plain language, before it is sent. */
export function OrderReview({
  values,
  product,
  units,
}: {
  values: OrderFormValues;
  product: ProductDto;
  units: readonly UnitDto[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useOrderAreas();
  const languages = useOrderLanguages();
  const municipalities = useOrderMunicipalities();
  const tiers = useOrderTiers();
  const dash = '–';
  const or = (text: string) => text.trim() || dash;
  const municipality = municipalities.data?.find((m) => m.code === values.municipalityCode);
  const wished = Object.entries(values.areas).filter(([, wish]) => wish !== 'no');
  const series = values.scheduleKind === 'series' ? seriesToApi(values) : undefined;
  const preview = series ? seriesPreview(series) : null;
  const unit = units.find((u) => u.id === values.unitId);

  return (
    <section aria-labelledby="order-review-heading" className="panel">
      <Heading variant="h3" id="order-review-heading" mb="s">
        {t('orders.review.heading')}
      </Heading>
      <dl className="details order-details">
        <dt>{t('orders.field.product')}</dt>
        <dd>{catalogLabel(product, lang)}</dd>
        {unit ? (
          <>
            <dt>{t('orders.field.unit')}</dt>
            <dd>{unit.name}</dd>
          </>
        ) : null}
        <dt>{t('orders.field.title')}</dt>
        <dd>{or(values.title)}</dd>
        <dt>{t('orders.field.description')}</dt>
        <dd>{or(values.description)}</dd>
        <dt>{t('orders.field.purpose')}</dt>
        <dd>{or(values.purpose)}</dd>
        <dt>{t('orders.field.audience')}</dt>
        <dd>
          {or(values.audience)}
          {values.audienceSize.trim()
            ? ` (${t('orders.review.people', { count: Number(values.audienceSize) })})`
            : ''}
        </dd>
        <dt>{t('orders.field.mode')}</dt>
        <dd>{t(`orders.mode.${values.mode}`)}</dd>
        {values.mode !== 'remote' ? (
          <>
            <dt>{t('orders.field.place')}</dt>
            <dd>{or(values.place)}</dd>
          </>
        ) : null}
        {values.mode !== 'in_person' ? (
          <>
            <dt>{t('orders.field.remoteLink')}</dt>
            <dd>{or(values.remoteLink)}</dd>
          </>
        ) : null}
        <dt>{t('orders.field.municipality')}</dt>
        <dd>{municipality ? municipalityName(municipality, lang) : dash}</dd>
        <dt>{t('orders.field.language')}</dt>
        <dd>{values.languageCode ? labelFor(languages.data, values.languageCode, lang) : dash}</dd>
        <dt>{t('orders.field.areas')}</dt>
        <dd>
          {wished.length === 0
            ? t('orders.review.noAreas')
            : wished
                .map(
                  ([code, wish]) => `${labelFor(areas.data, code, lang)} (${t(`orders.areaWish.${wish}`)})`,
                )
                .join(', ')}
        </dd>
        <dt>{t('orders.field.expertCount')}</dt>
        <dd>{values.expertCount}</dd>
        <dt>{t('orders.field.tier')}</dt>
        <dd>
          {values.wishedTierCode
            ? labelFor(tiers.data, values.wishedTierCode, lang)
            : t('orders.form.noTierWish')}
        </dd>
        <dt>{t('orders.field.preparation')}</dt>
        <dd>{or(values.preparationNeeds)}</dd>
        <dt>{t('orders.field.accessibility')}</dt>
        <dd>{or(values.accessibilityNeeds)}</dd>
        <dt>{t('orders.field.suitableForMinors')}</dt>
        <dd>{t(values.suitableForMinors ? 'orders.review.yes' : 'orders.review.no')}</dd>
        <dt>{t('orders.field.worksWithMinors')}</dt>
        <dd>{t(values.worksWithMinors ? 'orders.review.yes' : 'orders.review.no')}</dd>
        <dt>{t('orders.field.demanding')}</dt>
        <dd>{t(values.demanding ? 'orders.review.yes' : 'orders.review.no')}</dd>
        <dt>{t('orders.field.resultsReturn')}</dt>
        <dd>{or(values.resultsReturn)}</dd>
        <dt>{t('orders.field.contact')}</dt>
        <dd>
          {[values.contactName, values.contactPhone, values.contactEmail]
            .map((v) => v.trim())
            .filter(Boolean)
            .join(', ')}
        </dd>
        <dt>{t('orders.field.schedule')}</dt>
        <dd>
          {series && preview ? (
            <>
              {t('orders.review.series', {
                weekdays: series.weekdays.map((d) => t(`orders.weekday.${d}`)).join(', '),
                start: series.startTime,
                end: series.endTime,
                weeks: series.weeks,
              })}
              {series.places.length
                ? ` ${t('orders.review.places', { places: series.places.join(', ') })}`
                : ''}{' '}
              {t('orders.review.seriesTimes', {
                count: preview.count,
                first: preview.first ? formatDate(preview.first) : '',
                last: preview.last ? formatDate(preview.last) : '',
              })}
              {series.skipHolidays ? ` ${t('orders.review.holidaysSkipped')}` : ''}
            </>
          ) : values.scheduleKind === 'single' ? (
            <ul className="plain-list">
              {values.times.map((time, i) => {
                const date = parseDate(time.date);
                return (
                  <li key={i}>
                    {date ? formatDate(date) : dash} {normaliseTime(time.startTime) ?? ''}–
                    {normaliseTime(time.endTime) ?? ''}
                    {time.place.trim() ? `, ${time.place.trim()}` : ''}
                  </li>
                );
              })}
            </ul>
          ) : (
            dash
          )}
        </dd>
      </dl>
    </section>
  );
}
