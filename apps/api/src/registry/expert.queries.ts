import { EntityManager, In } from 'typeorm';
import { staleVersion } from '../common/concurrency';
import { ExpertAreaEntity } from './entities/expert-area.entity';
import { ExpertEntity } from './entities/expert.entity';
import { RegistryErrorCode, registryProblem } from './registry.exception';

/** Reads the registry's services share; each takes the caller's manager (and so its transaction). */

/** The person, or 404; `lock` takes the row for a change. */
export async function findExpertOrFail(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<ExpertEntity> {
  const expert = await manager.findOne(ExpertEntity, {
    where: { id },
    lock: lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!expert) throw registryProblem(RegistryErrorCode.NotFound);
  return expert;
}

/** The person locked for a change, if still at the version the caller edited (If-Match). */
export async function lockExpertForChange(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
): Promise<ExpertEntity> {
  const expert = await findExpertOrFail(manager, id, true);
  if (expert.version !== expectedVersion) throw staleVersion(expert.version);
  return expert;
}

/** The experience areas of these people, by person, in code order. */
export async function areasOf(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, ExpertAreaEntity[]>> {
  const map = new Map<string, ExpertAreaEntity[]>();
  if (!ids.length) return map;
  const rows = await manager.find(ExpertAreaEntity, {
    where: { expertId: In(ids) },
    order: { areaCode: 'ASC' },
  });
  for (const r of rows) map.set(r.expertId, [...(map.get(r.expertId) ?? []), r]);
  return map;
}
