import '../../features/products/products-strings';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useCreateProduct } from '../../features/products/api/create-product';
import { useTaskTypes } from '../../features/products/api/list-task-types';
import { ProductForm, toCreateProductBody } from '../../features/products/components/product-form';
import { setProductFlash } from '../../features/products/flash';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function ProductNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const taskTypes = useTaskTypes();
  const create = useCreateProduct();

  return (
    <Page title={t('products.newTitle')} lead={<Paragraph mb="m">{t('products.newLead')}</Paragraph>}>
      {taskTypes.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {taskTypes.isError ? <ProblemAlert problem={toApiProblem(taskTypes.error)} /> : null}
      {taskTypes.data ? (
        <ProductForm
          taskTypes={taskTypes.data}
          submitting={create.isPending}
          onSubmit={async (values) => {
            const product = await create.mutateAsync({ body: toCreateProductBody(values) });
            setProductFlash('product-created');
            await navigate({ to: '/products/$productCode', params: { productCode: product.code } });
          }}
          onCancel={() => void navigate({ to: '/products' })}
        />
      ) : null}
    </Page>
  );
}
