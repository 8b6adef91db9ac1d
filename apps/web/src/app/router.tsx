import type { MeDto } from '@kokemus/api-client';
import { zExpertStatus, zOrderStatus, zUnitKind } from '@kokemus/api-client/zod';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import * as z from 'zod';
import { AppShell } from './layout/app-shell';
import { type Area, canUse, NoAccessError, safeRedirect } from './navigation.rules';
import { NotFoundPage, RouteErrorPage } from './routes/status-pages';

export interface RouterContext {
  queryClient: QueryClient;
  /** The signed-in person, restoring the session from the refresh cookie after a reload. */
  loadUser: () => Promise<MeDto | null>;
}

function requireArea(user: MeDto, area: Area) {
  if (!canUse(user.roles, area)) throw new NoAccessError();
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

export const signInSearchSchema = z.object({
  redirect: z.string().max(2000).optional().catch(undefined),
  reason: z.enum(['signed-out', 'expired']).optional().catch(undefined),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: signInSearchSchema,
  beforeLoad: async ({ context, search }) => {
    if (await context.loadUser()) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('./routes/sign-in-page'), 'SignInPage'),
});

const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  beforeLoad: async ({ context, location }) => {
    const user = await context.loadUser();
    if (!user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { user };
  },
});

const homeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/home-page'), 'HomePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./routes/account-page'), 'AccountPage'),
});

export const unitListSearchSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  kind: zUnitKind.optional().catch(undefined),
  status: z.enum(['all', 'active', 'inactive']).default('all').catch('all'),
});

const unitsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units',
  validateSearch: unitListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'units'),
  component: lazyRouteComponent(() => import('./routes/units-page'), 'UnitsPage'),
});

export const unitNewSearchSchema = z.object({
  parentId: z.uuid().optional().catch(undefined),
});

const unitNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units/new',
  validateSearch: unitNewSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'unitAdmin'),
  component: lazyRouteComponent(() => import('./routes/unit-new-page'), 'UnitNewPage'),
});

const unitDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units/$unitId',
  beforeLoad: ({ context }) => requireArea(context.user, 'units'),
  component: lazyRouteComponent(() => import('./routes/unit-detail-page'), 'UnitDetailPage'),
});

export const productListSearchSchema = z.object({
  status: z.enum(['all', 'active', 'inactive']).default('all').catch('all'),
});

const productsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products',
  validateSearch: productListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/products-page'), 'ProductsPage'),
});

const productNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/product-new-page'), 'ProductNewPage'),
});

const productDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products/$productCode',
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/product-detail-page'), 'ProductDetailPage'),
});

const isoDate = z.iso.date().optional().catch(undefined);
/** The router reads `?municipality=179` as a number; codes and search words are text all the same. */
const text = (max: number) =>
  z
    .preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().max(max))
    .optional()
    .catch(undefined);
const codeList = z.array(z.string().max(60)).max(10).optional().catch(undefined);

export const registrySearchSchema = z.object({
  q: text(100),
  area: codeList,
  language: codeList,
  municipality: text(60),
  maxDistanceKm: z.number().int().min(0).max(1000).optional().catch(undefined),
  tier: text(60),
  status: zExpertStatus.optional().catch(undefined),
  availableFrom: isoDate,
  availableTo: isoDate,
});

const registryRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry',
  validateSearch: registrySearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/registry-page'), 'RegistryPage'),
});

export const registryImportSearchSchema = z.object({
  id: z.uuid().optional().catch(undefined),
});

const registryImportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/import',
  validateSearch: registryImportSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/registry-import-page'), 'RegistryImportPage'),
});

const expertNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/expert-new-page'), 'ExpertNewPage'),
});

const expertDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/$expertId',
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/expert-detail-page'), 'ExpertDetailPage'),
});

const myProfileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'my-profile',
  beforeLoad: ({ context }) => requireArea(context.user, 'myProfile'),
  component: lazyRouteComponent(() => import('./routes/my-profile-page'), 'MyProfilePage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'notifications',
  component: lazyRouteComponent(() => import('./routes/notifications-page'), 'NotificationsPage'),
});

const emailLogRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'email-log',
  beforeLoad: ({ context }) => requireArea(context.user, 'emailLog'),
  component: lazyRouteComponent(() => import('./routes/email-log-page'), 'EmailLogPage'),
});

const emailMessageRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'email-log/$messageId',
  beforeLoad: ({ context }) => requireArea(context.user, 'emailLog'),
  component: lazyRouteComponent(() => import('./routes/email-message-page'), 'EmailMessagePage'),
});

export const ordersSearchSchema = z.object({
  status: z.array(zOrderStatus).max(8).optional().catch(undefined),
  period: z.enum(['all', 'upcoming', 'next30', 'past']).optional().catch(undefined),
  q: text(100),
});

const ordersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders',
  validateSearch: ordersSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/orders-page'), 'OrdersPage'),
});

export const orderNewSearchSchema = z.object({ product: text(60) });

const orderNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/new',
  validateSearch: orderNewSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orderNew'),
  component: lazyRouteComponent(() => import('./routes/order-new-page'), 'OrderNewPage'),
});

export const inboxSearchSchema = z.object({
  status: z.enum(['submitted', 'in_matching', 'partly_staffed']).optional().catch(undefined),
  product: text(60),
});

const orderInboxRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/inbox',
  validateSearch: inboxSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orderInbox'),
  component: lazyRouteComponent(() => import('./routes/orders-inbox-page'), 'OrdersInboxPage'),
});

const orderDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/$orderId',
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/order-detail-page'), 'OrderDetailPage'),
});

const orderEditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/$orderId/edit',
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/order-edit-page'), 'OrderEditPage'),
});

export const routeTree = rootRoute.addChildren([
  signInRoute,
  authenticatedRoute.addChildren([
    homeRoute,
    accountRoute,
    unitsRoute,
    unitNewRoute,
    unitDetailRoute,
    productsRoute,
    productNewRoute,
    productDetailRoute,
    registryRoute,
    registryImportRoute,
    expertNewRoute,
    expertDetailRoute,
    myProfileRoute,
    notificationsRoute,
    emailLogRoute,
    emailMessageRoute,
    ordersRoute,
    orderNewRoute,
    orderInboxRoute,
    orderDetailRoute,
    orderEditRoute,
  ]),
]);

export function createAppRouter(
  context: RouterContext,
  history?: Parameters<typeof createRouter>[0]['history'],
) {
  return createRouter({
    routeTree,
    context,
    history,
    // A route that fails (no access, a failed request) is shown inside the shell, so the navigation and
    // the user menu (sign out) stay within reach; the root route's own pages cover a failing shell.
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPreload: 'intent',
    defaultPendingMinMs: 0,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
