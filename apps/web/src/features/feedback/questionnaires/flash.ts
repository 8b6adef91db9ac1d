/** The version just saved, told once on the instrument's page after the editor navigates there. */
let pending: { key: string; version: number } | null = null;

export function setSavedVersionFlash(key: string, version: number) {
  pending = { key, version };
}

/** The saved version's number if it was this instrument's, and forgets it. */
export function takeSavedVersionFlash(key: string): number | null {
  const found = pending?.key === key ? pending.version : null;
  pending = null;
  return found;
}
