import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  AssessMentoredTaskDto,
  CloseMentorshipDto,
  CreateMentorshipDto,
  ListMentorshipsQueryDto,
  MentorshipDto,
  MentorshipPageDto,
} from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';

@ApiTags('onboarding')
@Controller('api/v1')
export class MentorshipsController {
  constructor(private readonly mentorships: MentorshipsService) {}

  @Post('mentorships')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Pair a trainee with a mentor for the mentoring path',
    description:
      'The mentor is an active expert with the mentor tier; the trainee is active or in orientation. A trainee has one active mentorship at a time. Matching then offers the pair the same tasks.',
  })
  @ApiCreatedResponse({ type: MentorshipDto })
  @ApiProblems(400, 404, 409)
  createMentorship(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateMentorshipDto,
  ): Promise<MentorshipDto> {
    return this.mentorships.create(user, dto);
  }

  @Get('mentorships')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({ summary: 'Mentorships, newest first: coordinators see all, an expert those they are in' })
  @ApiOkResponse({ type: MentorshipPageDto })
  @ApiProblems(400)
  listMentorships(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListMentorshipsQueryDto,
  ): Promise<MentorshipPageDto> {
    return this.mentorships.list(user, query);
  }

  @Get('mentorships/:id')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({
    summary: 'One mentorship: the assessments so far and the tasks done together waiting for one',
  })
  @ApiOkResponse({ type: MentorshipDto })
  @ApiProblems(403, 404)
  getMentorship(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<MentorshipDto> {
    return this.mentorships.get(user, id);
  }

  @Post('mentorships/:id/assessments')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({
    summary: 'The mentor’s short assessment of a task done together',
    description:
      'Only the mentor (or a coordinator); only a completed task of the trainee on a time the mentor also completed; each task once.',
  })
  @ApiCreatedResponse({ type: MentorshipDto })
  @ApiProblems(400, 403, 404, 409)
  assessMentoredTask(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssessMentoredTaskDto,
  ): Promise<MentorshipDto> {
    return this.mentorships.assess(user, id, dto);
  }

  @Post('mentorships/:id/closing')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Complete the mentorship (enough approved tasks) or end it early',
  })
  @ApiCreatedResponse({ type: MentorshipDto })
  @ApiProblems(400, 404, 409)
  closeMentorship(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CloseMentorshipDto,
  ): Promise<MentorshipDto> {
    return this.mentorships.close(user, id, dto);
  }
}
