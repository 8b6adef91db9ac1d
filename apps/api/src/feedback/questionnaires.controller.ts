import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  CreateQuestionnaireDto,
  ListQuestionnairesQueryDto,
  QuestionnaireDto,
  QuestionnairePageDto,
} from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('feedback')
@Controller('api/v1/questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @Roles(Role.Admin, Role.Coordinator, Role.Reporter)
  @ApiOperation({
    summary: 'The instruments: the newest version of each, or every version of one (`key`)',
  })
  @ApiOkResponse({ type: QuestionnairePageDto })
  @ApiProblems(400)
  listQuestionnaires(@Query() query: ListQuestionnairesQueryDto): Promise<QuestionnairePageDto> {
    return this.questionnaires.list(query);
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Coordinator, Role.Reporter)
  @ApiOperation({ summary: 'One version of an instrument' })
  @ApiOkResponse({ type: QuestionnaireDto })
  @ApiProblems(404)
  getQuestionnaire(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionnaireDto> {
    return this.questionnaires.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Save the next version of an instrument (a saved version never changes; old answers keep theirs)',
    description:
      'A locked instrument (wording under someone else’s terms, e.g. THL’s indicator) takes no new version: 409.',
  })
  @ApiCreatedResponse({ type: QuestionnaireDto })
  @ApiProblems(400, 403, 409)
  createQuestionnaire(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateQuestionnaireDto,
  ): Promise<QuestionnaireDto> {
    return this.questionnaires.create(user, dto);
  }
}
