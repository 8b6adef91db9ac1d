/** A one-off confirmation handed to the order's page after it was made ("the order has been sent"). */
export type OrderFlash = 'sent' | 'draft-saved';

let pending: OrderFlash | null = null;

export function setOrderFlash(flash: OrderFlash) {
  pending = flash;
}

/** Reads the confirmation once; the next page view starts without it. */
export function takeOrderFlash(): OrderFlash | null {
  const flash = pending;
  pending = null;
  return flash;
}
