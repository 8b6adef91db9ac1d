import { getImportOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

const RUNNING = new Set(['queued', 'running']);

/** An import; while it is queued or running it is read again every second for its progress. */
export function useImport(id: string | undefined) {
  return useQuery({
    ...getImportOptions({ path: { id: id ?? '' } }),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && RUNNING.has(query.state.data.status) ? 1000 : false),
  });
}
