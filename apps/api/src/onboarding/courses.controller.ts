import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import { CoursesService } from './courses.service';
import {
  CourseDto,
  CoursePageDto,
  CreateCourseDto,
  EnrolDto,
  ListCoursesQueryDto,
  MyCoursesDto,
  RecordAttendanceDto,
} from './dto/course.dto';

@ApiTags('onboarding')
@Controller('api/v1')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get('courses')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'Courses, newest first, with how many are enrolled' })
  @ApiOkResponse({ type: CoursePageDto })
  @ApiProblems(400)
  listCourses(@Query() query: ListCoursesQueryDto): Promise<CoursePageDto> {
    return this.courses.list(query);
  }

  @Post('courses')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Add a course with its sessions' })
  @ApiCreatedResponse({ type: CourseDto })
  @ApiProblems(400)
  createCourse(@CurrentUser() user: UserPrincipal, @Body() dto: CreateCourseDto): Promise<CourseDto> {
    return this.courses.create(user, dto);
  }

  @Get('courses/:id')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'A course with its sessions, the people on it and their attendance' })
  @ApiOkResponse({ type: CourseDto })
  @ApiProblems(404)
  getCourse(@Param('id', ParseUUIDPipe) id: string): Promise<CourseDto> {
    return this.courses.get(id);
  }

  @Post('courses/:id/enrolments')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Enrol an expert, or an applicant at the training step, up to the capacity' })
  @ApiCreatedResponse({ type: CourseDto })
  @ApiProblems(400, 404, 409)
  enrolOnCourse(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EnrolDto,
  ): Promise<CourseDto> {
    return this.courses.enrol(user, id, dto);
  }

  @Put('courses/:id/sessions/:sessionId/attendance')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Record who was at a session (everyone else on the course was not)' })
  @ApiOkResponse({ type: CourseDto })
  @ApiProblems(400, 404)
  recordCourseAttendance(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: RecordAttendanceDto,
  ): Promise<CourseDto> {
    return this.courses.recordAttendance(user, id, sessionId, dto);
  }

  @Post('courses/:id/enrolments/:enrolmentId/complete')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Mark a person complete (80 % of the sessions attended): a training record, and the tier follows',
  })
  @ApiOkResponse({ type: CourseDto })
  @ApiProblems(404, 409)
  completeCourseEnrolment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<CourseDto> {
    return this.courses.complete(user, id, enrolmentId);
  }

  @Get('experts/me/courses')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'My courses: sessions, my attendance, completion' })
  @ApiOkResponse({ type: MyCoursesDto })
  @ApiProblems(404)
  listMyCourses(@CurrentUser() user: UserPrincipal): Promise<MyCoursesDto> {
    return this.courses.mine(user);
  }
}
