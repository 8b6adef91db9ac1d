/**
 * A notification's link, if it is a path inside this app. Anything else (another site, a protocol-relative
 * `//host`, a script URL) is not followed: the text of a notification can come from other people's input.
 */
export function internalPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
