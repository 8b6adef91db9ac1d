import { createProductMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productKeys } from './keys';

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createProductMutation(),
    onSuccess: (product) => {
      queryClient.setQueryData(productKeys.detail(product.code), product);
      return queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}
