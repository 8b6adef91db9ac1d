import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { RegistryService } from '../registry/registry.service';
import { ApplicationSteps } from './application-steps';
import {
  CourseDto,
  CourseEnrolmentDto,
  CoursePageDto,
  CourseSessionDto,
  CourseSummaryDto,
  CreateCourseDto,
  EnrolDto,
  ListCoursesQueryDto,
  MyCoursesDto,
  RecordAttendanceDto,
} from './dto/course.dto';
import {
  CourseAttendanceEntity,
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
  EnrolmentStatus,
} from './entities/course.entities';
import { ApplicationActor, ApplicationEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { ApplicationMove, ApplicationStep, attendanceEnough, CourseKind } from './onboarding.rules';

const ACTIVE = [EnrolmentStatus.Enrolled, EnrolmentStatus.Completed];

function sessionDto(s: CourseSessionEntity): CourseSessionDto {
  return { id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), topic: s.topic };
}

/**
 * Courses (docs/onboarding.md, "Training"): coordinators run them, enrol experts or applicants at the
 * training step, keep attendance per session and mark people complete. A completed course is a training
 * record in the registry (the tier is derived from those, never typed); an applicant's goes with them
 * when they are taken in, and completing it moves their application on to orientation.
 */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: RegistryService,
    private readonly steps: ApplicationSteps,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  async list(query: ListCoursesQueryDto): Promise<CoursePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(CourseEntity)
      .createQueryBuilder('c')
      .orderBy('c.startsOn', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1);
    if (after) qb.where('(c.starts_on, c.id) < (:d::date, :id::uuid)', { d: after[0], id: after[1] });
    const rows = await qb.getMany();
    const counts = await this.counts(rows.map((r) => r.id));
    return pageOf(
      rows,
      limit,
      (c) => this.summary(c, counts.get(c.id)),
      (c) => [c.startsOn, c.id],
    );
  }

  async create(user: UserPrincipal, dto: CreateCourseDto): Promise<CourseDto> {
    if (dto.endsOn < dto.startsOn)
      throw onboardingProblem(OnboardingErrorCode.CourseDates, 'The course ends before it starts.', 'endsOn');
    for (const [i, s] of dto.sessions.entries()) {
      if (new Date(s.endsAt).getTime() <= new Date(s.startsAt).getTime())
        throw onboardingProblem(
          OnboardingErrorCode.CourseDates,
          'A session ends before it starts.',
          `sessions.${i}.endsAt`,
        );
      const day = helsinkiDate(new Date(s.startsAt));
      if (day < dto.startsOn || day > dto.endsOn)
        throw onboardingProblem(
          OnboardingErrorCode.CourseDates,
          'Every session is on the course’s days.',
          `sessions.${i}.startsAt`,
        );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const course = await manager.save(
        manager.create(CourseEntity, {
          name: dto.name,
          organiser: dto.organiser,
          kind: dto.kind,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          hours: dto.hours,
          capacity: dto.capacity,
          place: dto.place ?? null,
          createdBy: user.userId,
        }),
      );
      if (dto.sessions.length)
        await manager.insert(
          CourseSessionEntity,
          dto.sessions.map((s) => ({
            courseId: course.id,
            startsAt: new Date(s.startsAt),
            endsAt: new Date(s.endsAt),
            topic: s.topic ?? null,
          })),
        );
      return course.id;
    });
    return this.get(id);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<CourseDto> {
    const course = await manager.findOne(CourseEntity, { where: { id } });
    if (!course) throw onboardingProblem(OnboardingErrorCode.CourseNotFound, undefined, 'id');
    const sessions = await manager.find(CourseSessionEntity, {
      where: { courseId: id },
      order: { startsAt: 'ASC' },
    });
    const enrolments = await manager.find(CourseEnrolmentEntity, {
      where: { courseId: id },
      order: { enrolledAt: 'ASC' },
    });
    const attendance = await this.attendanceOf(
      manager,
      enrolments.map((e) => e.id),
    );
    const names = await this.namesOf(manager, enrolments);
    const counts = await this.counts([id], manager);
    return {
      ...this.summary(course, counts.get(id)),
      sessions: sessions.map(sessionDto),
      enrolments: enrolments
        .map((e): CourseEnrolmentDto => {
          const attended = attendance.get(e.id) ?? [];
          return {
            id: e.id,
            expertId: e.expertId,
            applicationId: e.applicationId,
            name: names.get(e.id) ?? '',
            status: e.status,
            completedOn: e.completedOn,
            attendedSessionIds: attended,
            mayComplete:
              e.status === EnrolmentStatus.Enrolled && attendanceEnough(attended.length, sessions.length),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
      version: course.version,
    };
  }

  async enrol(user: UserPrincipal, id: string, dto: EnrolDto): Promise<CourseDto> {
    return this.dataSource.transaction(async (manager) => {
      const [course] = await manager.query<Array<{ capacity: number }>>(
        `SELECT capacity FROM course WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!course) throw onboardingProblem(OnboardingErrorCode.CourseNotFound, undefined, 'id');
      if (dto.expertId) {
        if (!(await this.registry.statusesOf([dto.expertId])).has(dto.expertId))
          throw onboardingProblem(OnboardingErrorCode.ExpertNotFound, undefined, 'expertId');
      } else {
        const a = await manager.findOne(ApplicationEntity, { where: { id: dto.applicationId } });
        if (!a) throw onboardingProblem(OnboardingErrorCode.NotFound, undefined, 'applicationId');
        if (a.step !== ApplicationStep.Training)
          throw onboardingProblem(
            OnboardingErrorCode.CourseApplicantStep,
            'Enrol an applicant once their application is at the training step.',
            'applicationId',
            { step: a.step },
          );
      }
      const [{ n }] = await manager.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM course_enrolment WHERE course_id = $1 AND status = ANY($2)`,
        [id, ACTIVE],
      );
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO course_enrolment (course_id, expert_id, application_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING id`,
        [id, dto.expertId ?? null, dto.expertId ? null : dto.applicationId],
      );
      if (!inserted.length)
        throw onboardingProblem(
          OnboardingErrorCode.CourseAlreadyEnrolled,
          'The person is on this course already.',
        );
      if (n >= course.capacity)
        throw onboardingProblem(
          OnboardingErrorCode.CourseFull,
          `The course has room for ${course.capacity}.`,
          undefined,
          {
            capacity: course.capacity,
          },
        );
      await this.audit.record({ action: 'course.enrol', subjectType: 'course', subjectId: id }, manager);
      return this.get(id, manager);
    });
  }

  /** Attendance of one session: the listed enrolments were there, every other one on the course was not. */
  async recordAttendance(
    user: UserPrincipal,
    id: string,
    sessionId: string,
    dto: RecordAttendanceDto,
  ): Promise<CourseDto> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM course WHERE id = $1 FOR UPDATE`, [id]);
      const session = await manager.findOne(CourseSessionEntity, { where: { id: sessionId, courseId: id } });
      if (!session) {
        const course = await manager.findOne(CourseEntity, { where: { id } });
        throw course
          ? onboardingProblem(OnboardingErrorCode.CourseSessionNotFound, undefined, 'sessionId')
          : onboardingProblem(OnboardingErrorCode.CourseNotFound, undefined, 'id');
      }
      const enrolments = await manager.find(CourseEnrolmentEntity, {
        where: { courseId: id, status: In(ACTIVE) },
      });
      const known = new Set(enrolments.map((e) => e.id));
      const stranger = dto.presentEnrolmentIds.find((e) => !known.has(e));
      if (stranger)
        throw onboardingProblem(
          OnboardingErrorCode.CourseEnrolmentUnknown,
          'Someone marked present is not on this course.',
          'presentEnrolmentIds',
          { enrolmentId: stranger },
        );
      const present = new Set(dto.presentEnrolmentIds);
      for (const e of enrolments)
        await manager.query(
          `INSERT INTO course_attendance (enrolment_id, session_id, present, recorded_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (enrolment_id, session_id) DO UPDATE SET present = EXCLUDED.present,
             recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [e.id, sessionId, present.has(e.id), user.userId],
        );
      return this.get(id, manager);
    });
  }

  /**
   * Completes a person's course when their attendance is enough: an expert gets the training record
   * (and the tier that follows); an applicant at the training step moves on to orientation.
   */
  async complete(user: UserPrincipal, id: string, enrolmentId: string): Promise<CourseDto> {
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!course) throw onboardingProblem(OnboardingErrorCode.CourseNotFound, undefined, 'id');
      const e = await manager.findOne(CourseEnrolmentEntity, { where: { id: enrolmentId, courseId: id } });
      if (!e) throw onboardingProblem(OnboardingErrorCode.CourseEnrolmentNotFound, undefined, 'enrolmentId');
      if (e.status !== EnrolmentStatus.Enrolled)
        throw onboardingProblem(
          OnboardingErrorCode.CourseEnrolmentDone,
          `The enrolment is ${e.status} already.`,
        );
      const sessions = await manager.count(CourseSessionEntity, { where: { courseId: id } });
      const attended = (await this.attendanceOf(manager, [e.id])).get(e.id)?.length ?? 0;
      if (!attendanceEnough(attended, sessions))
        throw onboardingProblem(
          OnboardingErrorCode.CourseAttendanceShort,
          `${attended} of ${sessions} sessions attended: 80 % are needed.`,
          undefined,
          { attended, sessions },
        );
      const completedOn = helsinkiDate(this.clock.now());
      await manager.update(
        CourseEnrolmentEntity,
        { id: e.id },
        { status: EnrolmentStatus.Completed, completedOn },
      );
      if (e.expertId) {
        await this.registry.addCompletedCourse(manager, e.expertId, {
          course: course.name,
          provider: course.organiser,
          hours: course.hours,
          completedOn,
          mentorTraining: course.kind === CourseKind.Mentor,
        });
      } else {
        const a = await manager.findOne(ApplicationEntity, {
          where: { id: e.applicationId! },
          lock: { mode: 'pessimistic_write' },
        });
        if (a?.step === ApplicationStep.Training)
          await this.steps.move(manager, a, ApplicationMove.CompleteTraining, {
            actor: ApplicationActor.Coordinator,
            actorUserId: user.userId,
            note: course.name,
          });
      }
      return this.get(id, manager);
    });
  }

  /** The signed-in expert's own courses, newest first. */
  async mine(user: UserPrincipal): Promise<MyCoursesDto> {
    const expertId = await this.registry.ownExpertId(user);
    const enrolments = await this.dataSource
      .getRepository(CourseEnrolmentEntity)
      .find({ where: { expertId } });
    if (!enrolments.length) return { items: [] };
    const ids = [...new Set(enrolments.map((e) => e.courseId))];
    const courses = await this.dataSource.getRepository(CourseEntity).find({ where: { id: In(ids) } });
    const sessions = await this.dataSource
      .getRepository(CourseSessionEntity)
      .find({ where: { courseId: In(ids) }, order: { startsAt: 'ASC' } });
    const counts = await this.counts(ids);
    const attendance = await this.attendanceOf(
      this.dataSource.manager,
      enrolments.map((e) => e.id),
    );
    const byId = new Map(courses.map((c) => [c.id, c]));
    return {
      items: enrolments
        .map((e) => ({
          course: this.summary(byId.get(e.courseId)!, counts.get(e.courseId)),
          sessions: sessions.filter((s) => s.courseId === e.courseId).map(sessionDto),
          status: e.status,
          attendedSessionIds: attendance.get(e.id) ?? [],
          completedOn: e.completedOn,
        }))
        .sort((a, b) => b.course.startsOn.localeCompare(a.course.startsOn)),
    };
  }

  /** An applicant's completed courses, as training records for the registry when they are taken in. */
  async completedByApplication(
    manager: EntityManager,
    applicationId: string,
  ): Promise<
    Array<{ course: string; provider: string; hours: number; completedOn: string; mentorTraining: boolean }>
  > {
    const rows = await manager.query<
      Array<{ name: string; organiser: string; hours: number; completed_on: string; kind: CourseKind }>
    >(
      `SELECT c.name, c.organiser, c.hours, to_char(e.completed_on, 'YYYY-MM-DD') AS completed_on, c.kind
         FROM course_enrolment e JOIN course c ON c.id = e.course_id
        WHERE e.application_id = $1 AND e.status = 'completed'`,
      [applicationId],
    );
    return rows.map((r) => ({
      course: r.name,
      provider: r.organiser,
      hours: r.hours,
      completedOn: r.completed_on,
      mentorTraining: r.kind === CourseKind.Mentor,
    }));
  }

  private summary(c: CourseEntity, n?: { enrolled: number; sessions: number }): CourseSummaryDto {
    return {
      id: c.id,
      name: c.name,
      organiser: c.organiser,
      kind: c.kind,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      hours: c.hours,
      capacity: c.capacity,
      place: c.place,
      enrolledCount: n?.enrolled ?? 0,
      sessionCount: n?.sessions ?? 0,
    };
  }

  private async counts(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { enrolled: number; sessions: number }>> {
    if (!ids.length) return new Map();
    const rows = await manager.query<Array<{ id: string; enrolled: number; sessions: number }>>(
      `SELECT c.id,
              (SELECT count(*)::int FROM course_enrolment e WHERE e.course_id = c.id AND e.status = ANY($2)) AS enrolled,
              (SELECT count(*)::int FROM course_session s WHERE s.course_id = c.id) AS sessions
         FROM course c WHERE c.id = ANY($1::uuid[])`,
      [ids, ACTIVE],
    );
    return new Map(rows.map((r) => [r.id, { enrolled: r.enrolled, sessions: r.sessions }]));
  }

  private async attendanceOf(manager: EntityManager, enrolmentIds: string[]): Promise<Map<string, string[]>> {
    if (!enrolmentIds.length) return new Map();
    const rows = await manager.find(CourseAttendanceEntity, {
      where: { enrolmentId: In(enrolmentIds), present: true },
    });
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.enrolmentId, [...(out.get(r.enrolmentId) ?? []), r.sessionId]);
    return out;
  }

  /** Experts' names from the registry's published view, applicants' from their application. */
  private async namesOf(
    manager: EntityManager,
    enrolments: CourseEnrolmentEntity[],
  ): Promise<Map<string, string>> {
    const experts = enrolments.filter((e) => e.expertId).map((e) => e.expertId!);
    const applications = enrolments.filter((e) => e.applicationId).map((e) => e.applicationId!);
    const [ex, ap] = [
      experts.length
        ? await manager.query<Array<{ id: string; name: string }>>(
            `SELECT id, full_name AS name FROM registry.experts WHERE id = ANY($1::uuid[])`,
            [experts],
          )
        : [],
      applications.length
        ? await manager.query<Array<{ id: string; name: string }>>(
            `SELECT id, first_name || ' ' || last_name AS name FROM application WHERE id = ANY($1::uuid[])`,
            [applications],
          )
        : [],
    ];
    const byPerson = new Map([...ex, ...ap].map((r) => [r.id, r.name]));
    return new Map(enrolments.map((e) => [e.id, byPerson.get((e.expertId ?? e.applicationId)!) ?? '']));
  }
}
