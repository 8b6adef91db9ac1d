/**
 * Versioned resources answer with an ETag that is their version in quotes; a change sends the version it
 * acted on back as If-Match (the API answers 428 without it and 412 when someone changed it meanwhile).
 */
type Version = number | { version: number };

/** The If-Match value for a version, or for a resource as last read. */
export function ifMatch(version: Version): string {
  return `"${typeof version === 'number' ? version : version.version}"`;
}

/** The request headers of a change to that version: `headers: ifMatchHeader(order.version)`. */
export function ifMatchHeader(version: Version): { 'If-Match': string } {
  return { 'If-Match': ifMatch(version) };
}
