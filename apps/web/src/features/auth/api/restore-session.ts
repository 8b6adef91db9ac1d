import type { MeDto } from '@kokemus/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { session } from '../../../shared/api/session';
import { meQueryOptions } from './get-me';

/**
 * Who is signed in, for route guards: from memory, or — after a reload, when only the refresh cookie is
 * left — by renewing the session once.
 */
export async function loadSignedInUser(queryClient: QueryClient): Promise<MeDto | null> {
  if (session.accessToken()) {
    try {
      return await queryClient.ensureQueryData(meQueryOptions());
    } catch {
      return null;
    }
  }
  if (!session.mayRestore()) return null;
  const token = await session.refresh();
  return token?.user ?? null;
}
