import type { ProductDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useProductStale, useUpdateProduct } from '../api/update-product';
import { catalogLabel } from '../../../shared/format/catalog-label';

/**
 * Taking a product out of use keeps it on the orders made from it but hides it from the order form; it
 * asks for a confirmation first. Bringing it back is one click.
 */
export function ProductStatusSection({
  product,
  onChanged,
}: {
  product: ProductDto;
  onChanged: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProduct();
  const stale = useProductStale();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const name = catalogLabel(product, i18n.language);

  const setActive = (active: boolean) =>
    update.mutate(
      { path: { code: product.code }, headers: ifMatchHeader(product), body: { active } },
      {
        onSuccess: () => {
          setConfirming(false);
          setProblem(null);
          onChanged(t(active ? 'products.status.reactivated' : 'products.status.deactivated', { name }));
        },
        onError: (error) => {
          const p = toApiProblem(error);
          setConfirming(false);
          setProblem(p);
          if (p.status === 412) void stale(product.code);
        },
      },
    );

  return (
    <section aria-labelledby="product-status-heading" className="panel">
      <Heading variant="h2" id="product-status-heading" mb="s">
        {t('products.status.heading')}
      </Heading>
      <div aria-live="polite">{problem ? <ProblemAlert problem={problem} /> : null}</div>
      {product.active ? (
        confirming ? (
          <div role="group" aria-labelledby="product-deactivate-question">
            <Paragraph id="product-deactivate-question" mb="s">
              {t('products.status.confirm', { name })}
            </Paragraph>
            <div className="button-row">
              <Button autoFocus disabled={update.isPending} onClick={() => setActive(false)}>
                {t('products.status.confirmDeactivate')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <>
            <Paragraph mb="s">{t('products.status.activeText')}</Paragraph>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('products.status.deactivate')}
            </Button>
          </>
        )
      ) : (
        <>
          <Paragraph mb="s">{t('products.status.inactiveText')}</Paragraph>
          <Button variant="secondary" disabled={update.isPending} onClick={() => setActive(true)}>
            {t('products.status.reactivate')}
          </Button>
        </>
      )}
    </section>
  );
}
