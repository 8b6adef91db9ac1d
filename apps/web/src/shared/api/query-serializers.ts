/** The API reads list filters as comma lists (`status=a,b`), not repeated parameters. */
export const commaLists = { array: { explode: false, style: 'form' } } as const;
