/** A one-off confirmation handed to the product's page after it was added, read once and cleared. */
export type ProductFlash = 'product-created';

let pending: ProductFlash | null = null;

export function setProductFlash(flash: ProductFlash) {
  pending = flash;
}

export function peekProductFlash(): ProductFlash | null {
  return pending;
}

export function clearProductFlash() {
  pending = null;
}
