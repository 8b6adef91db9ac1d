/** A one-off confirmation handed to the next page ("the unit has been added"), read once and cleared. */
export type Flash = 'unit-created';

let pending: Flash | null = null;

export function setFlash(flash: Flash) {
  pending = flash;
}

export function peekFlash(): Flash | null {
  return pending;
}

export function clearFlash() {
  pending = null;
}
