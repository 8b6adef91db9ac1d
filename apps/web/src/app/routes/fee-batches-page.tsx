// Placeholder: being built (issue #8). Replaced by the fees screens.
export function FeeBatchesPage() {
  return null;
}
