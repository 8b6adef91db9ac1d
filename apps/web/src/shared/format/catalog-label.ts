/** Catalogue entries (areas, languages, tiers, task types, products) carry their label in the three UI languages. */
type Labelled = { labelFi: string; labelSv: string; labelEn: string };
type Named = { nameFi: string; nameSv: string };

/** A catalogue entry in the UI's language (Finnish when a translation is missing). */
export function catalogLabel(item: Labelled, language: string): string {
  if (language === 'sv') return item.labelSv || item.labelFi;
  if (language === 'en') return item.labelEn || item.labelFi;
  return item.labelFi;
}

/** The label for a code, or the code itself when the catalogue does not (or no longer) know it. */
export function labelFor(
  items: readonly (Labelled & { code: string })[] | undefined,
  code: string,
  language: string,
) {
  const item = items?.find((candidate) => candidate.code === code);
  return item ? catalogLabel(item, language) : code;
}

/** Municipalities have official names in Finnish and Swedish only. */
export function municipalityName(item: Named, language: string): string {
  return language === 'sv' ? item.nameSv || item.nameFi : item.nameFi;
}
