import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './access/principal';

export interface RequestContext {
  requestId: string;
  ip: string;
  principal?: Principal;
  /** The role through which the current route was allowed (for the audit trail). */
  actingRole?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  enterWith(ctx: RequestContext): void {
    storage.enterWith(ctx);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
};
