import type { CatalogItemDto, FeeBasis, ProductDto } from '@kokemus/api-client';
import { catalogLabel } from '../../shared/format/catalog-label';

export const FEE_BASES: readonly FeeBasis[] = ['hourly', 'per_task', 'per_meeting'];

/** The limits of the contract (CreateProductDto), shown in hints and checked before sending. */
export const LIMITS = {
  defaultDurationMinutes: { min: 15, max: 1440 },
  defaultExpertCount: { min: 1, max: 20 },
  preparationMinutes: { min: 0, max: 2400 },
} as const;

/** Codes that would collide with the app's own addresses (`/products/new`). */
export const RESERVED_CODES: readonly string[] = ['new'];

export function descriptionIn(
  product: Pick<ProductDto, 'descriptionFi' | 'descriptionSv' | 'descriptionEn'>,
  language: string,
): string {
  if (language === 'sv') return product.descriptionSv || product.descriptionFi;
  if (language === 'en') return product.descriptionEn || product.descriptionFi;
  return product.descriptionFi;
}

export type ProductStatusFilter = 'all' | 'active' | 'inactive';

export function productMatcher(filters: { status: ProductStatusFilter }) {
  return (product: Pick<ProductDto, 'active'>) =>
    filters.status === 'all' || product.active === (filters.status === 'active');
}

/** A pair needs two people at least; the API refuses the combination too. */
export function pairFits(pairRequired: boolean, expertCount: number): boolean {
  return !pairRequired || expertCount >= 2;
}

/** Task types to offer: those in use, and the product's own even if it has since been retired. */
export function taskTypeChoices(
  taskTypes: readonly CatalogItemDto[],
  current: string | null | undefined,
  language: string,
): CatalogItemDto[] {
  const collator = new Intl.Collator(language === 'en' ? 'en' : `${language}-FI`);
  return taskTypes
    .filter((item) => item.active || item.code === current)
    .sort((a, b) => collator.compare(catalogLabel(a, language), catalogLabel(b, language)));
}
