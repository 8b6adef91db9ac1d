import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { addDays, helsinkiInstant } from '../common/business-days';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '../common/pagination';
import { FairnessDto, FairnessQueryDto, mapExpertLoad } from './dto/matching.dto';
import { gini } from './matching.rules';

/** How evenly the work is shared: hours and tasks per expert in a period, and the Gini coefficients. */
@Injectable()
export class FairnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async fairness(query: FairnessQueryDto): Promise<FairnessDto> {
    const from = helsinkiInstant(query.from);
    const to = helsinkiInstant(addDays(query.to, 1));
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        name: string;
        municipality_code: string | null;
        hours: number;
        tasks: number;
        areas: string[];
      }>
    >(
      `SELECT e.id, e.first_name || ' ' || e.last_name AS name, e.municipality_code,
              COALESCE(l.hours, 0)::float AS hours, COALESCE(l.tasks, 0)::int AS tasks,
              COALESCE((SELECT array_agg(area_code) FROM registry.expert_areas x WHERE x.expert_id = e.id), '{}') AS areas
         FROM registry.experts e
         LEFT JOIN (SELECT expert_id, sum(extract(epoch FROM ends_at - starts_at)) / 3600.0 AS hours, count(*) AS tasks
                      FROM assignment WHERE status IN ('confirmed', 'completed') AND starts_at >= $1 AND starts_at < $2
                     GROUP BY expert_id) l ON l.expert_id = e.id
        WHERE e.status = 'active' AND e.merged_into IS NULL`,
      [from, to],
    );
    await this.audit.record({
      action: 'matching.fairness.read',
      subjectType: 'expert',
      subjectId: 'all',
      fieldGroup: 'experience_areas',
      purpose: 'fairness figures',
    });
    const group = (key: (r: (typeof rows)[number]) => string[]) => {
      const groups = new Map<string, number[]>();
      for (const r of rows) for (const k of key(r)) groups.set(k, [...(groups.get(k) ?? []), r.hours]);
      return [...groups]
        .map(([code, hours]) => ({
          code,
          experts: hours.length,
          hours: Math.round(hours.reduce((s, h) => s + h, 0) * 10) / 10,
          gini: gini(hours),
        }))
        .sort((a, b) => b.hours - a.hours || a.code.localeCompare(b.code));
    };
    const sorted = [...rows].sort((a, b) => b.hours - a.hours || (a.id < b.id ? -1 : 1));
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const start = after
      ? sorted.findIndex(
          (r) => r.hours < Number(after[0]) || (r.hours === Number(after[0]) && r.id > String(after[1])),
        )
      : 0;
    const pageRows = start < 0 ? [] : sorted.slice(start, start + limit + 1);
    const hasMore = pageRows.length > limit;
    const shown = pageRows.slice(0, limit);
    return {
      from: query.from,
      to: query.to,
      activeExperts: rows.length,
      giniHours: gini(rows.map((r) => r.hours)),
      giniTasks: gini(rows.map((r) => r.tasks)),
      byMunicipality: group((r) => (r.municipality_code ? [r.municipality_code] : [])),
      byArea: group((r) => r.areas),
      experts: shown.map(mapExpertLoad),
      nextCursor: hasMore ? encodeCursor([shown[shown.length - 1].hours, shown[shown.length - 1].id]) : null,
    };
  }
}
