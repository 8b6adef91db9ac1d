import type { TFunction } from 'i18next';

/** The guided form's steps after the product has been chosen. */
export type OrderFormStep = 'details' | 'schedule' | 'review';
export const ORDER_FORM_STEPS: OrderFormStep[] = ['details', 'schedule', 'review'];

/** The field a summary link and the focus go to, by the form's field name. */
export function inputIdOf(field: string): string {
  const times = /^times\.(\d+)\.(\w+)$/.exec(field);
  if (times) return `order-time-${times[1]}-${times[2]}`;
  const ids: Record<string, string> = {
    unitId: 'order-unit_button',
    municipalityCode: 'order-municipality_button',
    languageCode: 'order-language_button',
    wishedTierCode: 'order-tier_button',
    seriesWeekdays: 'order-series-weekday-1',
    seriesIntervalWeeks: 'order-series-interval',
    seriesPlaces: 'order-series-add-place',
    scheduleKind: 'order-schedule-kind',
    schedule: 'order-schedule-kind',
    mode: 'order-mode',
    areas: 'order-areas-first',
  };
  return ids[field] ?? `order-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The labels of the form's fields, by field name: on the inputs and in the error summary. */
export function orderFieldLabels(t: TFunction): Record<string, string> {
  return {
    unitId: t('orders.field.unit'),
    title: t('orders.field.title'),
    description: t('orders.field.description'),
    purpose: t('orders.field.purpose'),
    audience: t('orders.field.audience'),
    audienceSize: t('orders.field.audienceSize'),
    mode: t('orders.field.mode'),
    place: t('orders.field.place'),
    remoteLink: t('orders.field.remoteLink'),
    municipalityCode: t('orders.field.municipality'),
    languageCode: t('orders.field.language'),
    expertCount: t('orders.field.expertCount'),
    wishedTierCode: t('orders.field.tier'),
    preparationNeeds: t('orders.field.preparation'),
    accessibilityNeeds: t('orders.field.accessibility'),
    resultsReturn: t('orders.field.resultsReturn'),
    contactName: t('orders.field.contactName'),
    contactPhone: t('orders.field.contactPhone'),
    contactEmail: t('orders.field.contactEmail'),
    seriesFirstDate: t('orders.series.firstDate'),
    seriesWeekdays: t('orders.series.weekdays'),
    seriesStartTime: t('orders.series.startTime'),
    seriesEndTime: t('orders.series.endTime'),
    seriesWeeks: t('orders.series.weeks'),
    seriesIntervalWeeks: t('orders.series.interval'),
    seriesPlaces: t('orders.series.places'),
  };
}

/** The labels of one single time's fields (the summary prefixes them with the time's number). */
export function orderTimeLabels(t: TFunction): Record<string, string> {
  return {
    date: t('orders.times.date'),
    startTime: t('orders.times.startTime'),
    endTime: t('orders.times.endTime'),
    place: t('orders.times.place'),
  };
}
