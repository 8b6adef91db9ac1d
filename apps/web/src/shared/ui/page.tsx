import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { useIsSmallScreen } from '../hooks/use-media-query';

let firstPageShown = false;

/**
 * A page: sets the document title (WCAG 2.4.2) and, after an in-app navigation, moves focus to the page's
 * heading so screen reader and keyboard users start reading the new page from its top.
 */
export function Page({ title, children, lead }: { title: string; children: ReactNode; lead?: ReactNode }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const small = useIsSmallScreen();

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPageShown) headingRef.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <>
      <Heading
        variant="h1"
        ref={headingRef}
        tabIndex={-1}
        smallScreen={small}
        mb="s"
        className="page-heading"
      >
        {title}
      </Heading>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </>
  );
}
