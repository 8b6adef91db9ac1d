import type { ProductDto } from '@kokemus/api-client';
import { updateProductMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productKeys } from './keys';

/** After any change to a product: its cached copy is the server's answer, and the lists reload. */
export function useProductChanged() {
  const queryClient = useQueryClient();
  return (product: ProductDto) => {
    queryClient.setQueryData(productKeys.detail(product.code), product);
    return queryClient.invalidateQueries({ queryKey: productKeys.lists() });
  };
}

/** A stale If-Match (412): someone changed the product meanwhile, so read it again. */
export function useProductStale() {
  const queryClient = useQueryClient();
  return (code: string) => queryClient.invalidateQueries({ queryKey: productKeys.detail(code) });
}

/** Every change (texts, defaults, taking it out of use) is one PATCH with If-Match. */
export function useUpdateProduct() {
  const changed = useProductChanged();
  return useMutation({ ...updateProductMutation(), onSuccess: changed });
}
