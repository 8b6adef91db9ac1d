/** Pure rules of the catalogues (no Nest, no database). */

/** A training tier's thresholds, as the registry derives an expert's tier from them. */
export interface TierRule {
  code: string;
  rank: number;
  minHours: number;
  requiresMentorTraining: boolean;
}

/** Great-circle distance in whole kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}
