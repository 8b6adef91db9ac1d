import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RegistryService } from '../registry/registry.service';
import { AssignmentStatus } from './assignment.rules';
import { ASSIGNMENT_SELECT } from './assignments.service';
import { AssignmentRow } from './dto/matching.dto';
import { CalendarFeedEntity } from './entities/matching.entities';
import { MatchingErrorCode, matchingProblem } from './matching.exception';

/** An expert's confirmed tasks as a calendar (ICS) at a secret address. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async newCalendarFeed(user: UserPrincipal): Promise<string> {
    const expertId = await this.registry.ownExpertId(user);
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feed (expert_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (expert_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [expertId, sha256(token)],
    );
    await this.audit.record({ action: 'calendar_feed.create', subjectType: 'expert', subjectId: expertId });
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/calendar/${token}.ics`;
  }

  async calendar(token: string): Promise<string> {
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: sha256(token) } });
    if (!feed) throw matchingProblem(MatchingErrorCode.CalendarNotFound);
    const rows = await this.dataSource.query<AssignmentRow[]>(
      `${ASSIGNMENT_SELECT} WHERE a.expert_id = $1 AND a.status IN ('confirmed', 'completed') AND a.starts_at > $2::timestamptz - interval '60 days'
        ORDER BY a.starts_at LIMIT 1000`,
      [feed.expertId, this.clock.now()],
    );
    return toIcs(rows, this.config.PUBLIC_URL);
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** RFC 5545 text: escape, and fold lines at 75 octets. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function icsTime(d: Date): string {
  return new Date(d)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function fold(line: string): string {
  const out: string[] = [];
  let rest = Buffer.from(line, 'utf8');
  while (rest.length > 75) {
    let cut = 75;
    while (cut > 0 && (rest[cut] & 0xc0) === 0x80) cut--; // never split a UTF-8 character
    out.push(rest.subarray(0, cut).toString('utf8'));
    rest = Buffer.concat([Buffer.from(' '), rest.subarray(cut)]);
  }
  out.push(rest.toString('utf8'));
  return out.join('\r\n');
}

export function toIcs(rows: AssignmentRow[], publicUrl: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kokemus//Tehtävät//FI',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Kokemus',
  ];
  const stamp = icsTime(new Date());
  for (const r of rows) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@kokemus`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(r.starts_at)}`,
      `DTEND:${icsTime(r.ends_at)}`,
      `SUMMARY:${icsText(`${r.title} (${r.number})`)}`,
      ...(r.place ? [`LOCATION:${icsText(r.place)}`] : []),
      `DESCRIPTION:${icsText(`${r.unit_name}\n${publicUrl.replace(/\/$/, '')}/my/tasks`)}`,
      `STATUS:${r.status === AssignmentStatus.Cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
