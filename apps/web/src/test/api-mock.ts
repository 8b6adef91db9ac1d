import type {
  ConfirmTaskBriefingResponses,
  GetTaskBriefingResponses,
  ListTaskBriefingsResponses,
  WriteTaskBriefingResponses,
  GetReportBackResponses,
  ListReportBacksResponses,
  MyReportBacksResponses,
  NoteReportBackResponses,
  AnswerParticipantFeedbackResponses,
  ParticipantFormResponses,
  ParticipantLinkResponses,
  AnswerFeedbackRequestResponses,
  GetFeedbackRequestResponses,
  ListFeedbackRequestsResponses,
  CreateDebriefRequestResponses,
  GetDebriefRequestResponses,
  ListDebriefRequestsResponses,
  MoveDebriefRequestResponses,
  SetOrientationChecksResponses,
  ListRecordChecksResponses,
  RecordRecordCheckResponses,
  AddExpertAbsenceResponses,
  AddOwnAbsenceResponses,
  AddTrainingRecordResponses,
  ChangeExpertStatusResponses,
  CreateExpertResponses,
  CountUnreadNotificationsResponses,
  GetExpertResponses,
  GetImportResponses,
  GetOwnExpertProfileResponses,
  ListExperienceAreasResponses,
  ListExpertsResponses,
  ListLanguagesResponses,
  ListMunicipalitiesResponses,
  ListTaskTypesResponses,
  ListTrainingTiersResponses,
  RunImportResponses,
  UpdateExpertResponses,
  UpdateOwnExpertProfileResponses,
  UploadImportResponses,
  CreateUnitResponses,
  DeactivateUnitResponses,
  GetEmailMessageResponses,
  GetMeResponses,
  GetNotificationPreferencesResponses,
  GetUnitResponses,
  ListEmailMessagesResponses,
  ListNotificationsResponses,
  ListUnitsResponses,
  LoginUserResponses,
  MarkAllNotificationsReadResponses,
  MarkNotificationReadResponses,
  ProblemDto,
  ReactivateUnitResponses,
  RefreshSessionResponses,
  SendTestNotificationResponses,
  UpdateMeResponses,
  UpdateNotificationPreferencesResponses,
  UpdateUnitResponses,
  CancelOrderOccurrenceResponses,
  CancelOrderResponses,
  CreateOrderResponses,
  GetOrderResponses,
  GetOrderTimelineResponses,
  ListOrderInboxResponses,
  ListOrderMessagesResponses,
  ListOrdersResponses,
  ListProductsResponses,
  CreateProductResponses,
  GetProductResponses,
  UpdateProductResponses,
  PostOrderMessageResponses,
  StartOrderMatchingResponses,
  SubmitOrderResponses,
  UpdateOrderResponses,
  AcceptOfferResponses,
  CancelAssignmentResponses,
  CompleteAssignmentResponses,
  MarkAssignmentNoShowResponses,
  ConfirmAssignmentResponses,
  CreateCalendarFeedResponses,
  CreateOrderOffersResponses,
  DeclineOfferResponses,
  GetMatchingFairnessResponses,
  GetMatchingSettingsResponses,
  ListAssignmentsResponses,
  ListOffersResponses,
  ListOrderCandidatesResponses,
  SuggestAssignmentsResponses,
  UpdateMatchingSettingsResponses,
  ApproveFeeClaimResponses,
  CancelFeeClaimResponses,
  ListFeeClaimAssigneesResponses,
  AddFeeClaimReceiptResponses,
  ReassignFeeClaimResponses,
  ConfirmFeeClaimResponses,
  GetFeeClaimResponses,
  GetFeeClaimTimelineResponses,
  GetMyFeeTotalsResponses,
  ListFeeClaimsResponses,
  ReapproveFeeClaimResponses,
  ReturnFeeClaimResponses,
  SubmitFeeClaimResponses,
  UpdateFeeClaimResponses,
  BulkConfirmFeeClaimsResponses,
  BulkApproveFeeClaimsResponses,
  ListExportBatchesResponses,
  ListFeeSchedulesResponses,
  GetFeeScheduleResponses,
  CreateFeeScheduleResponses,
  ReplaceFeeScheduleResponses,
  ListMileageRatesResponses,
  SaveMileageRateResponses,
  ListIncomeTypesResponses,
  ListMyAgreementsResponses,
  AcceptAgreementResponses,
  ListAgreementsResponses,
  CreateAgreementResponses,
  GetAgreementResponses,
  PublishAgreementVersionResponses,
  ListOutstandingExpertsResponses,
  ListCoursesResponses,
  CreateCourseResponses,
  GetCourseResponses,
  EnrolOnCourseResponses,
  RecordCourseAttendanceResponses,
  CompleteCourseEnrolmentResponses,
  ListMyCoursesResponses,
  ListMentorshipsResponses,
  CreateMentorshipResponses,
  GetMentorshipResponses,
  AssessMentoredTaskResponses,
  CloseMentorshipResponses,
  ListApplicationsResponses,
  GetApplicationBoardResponses,
  GetApplicationResponses,
  MoveApplicationResponses,
  AddApplicationNoteResponses,
  ListRecruitmentRoundsResponses,
  CreateRecruitmentRoundResponses,
  ListSupervisionSessionsResponses,
  CreateSupervisionSessionResponses,
  GetSupervisionSessionResponses,
  MarkSupervisionAttendanceResponses,
  CancelSupervisionSessionResponses,
} from '@kokemus/api-client';
import { vi } from 'vitest';

/** The endpoints the SPA calls and what each answers on success, taken from the generated contract types. */
type Contract = {
  'POST /api/v1/auth/login': LoginUserResponses[200];
  'POST /api/v1/auth/refresh': RefreshSessionResponses[200];
  'POST /api/v1/auth/logout': null;
  'GET /api/v1/auth/me': GetMeResponses[200];
  'PATCH /api/v1/auth/me': UpdateMeResponses[200];
  'GET /api/v1/units': ListUnitsResponses[200];
  'POST /api/v1/units': CreateUnitResponses[201];
  'GET /api/v1/units/{id}': GetUnitResponses[200];
  'PATCH /api/v1/units/{id}': UpdateUnitResponses[200];
  'POST /api/v1/units/{id}/deactivate': DeactivateUnitResponses[200];
  'POST /api/v1/units/{id}/reactivate': ReactivateUnitResponses[200];
  'GET /api/v1/notifications': ListNotificationsResponses[200];
  'GET /api/v1/notifications/unread-count': CountUnreadNotificationsResponses[200];
  'POST /api/v1/notifications/{id}/read': MarkNotificationReadResponses[200];
  'POST /api/v1/notifications/read-all': MarkAllNotificationsReadResponses[200];
  'POST /api/v1/notifications/test-message': SendTestNotificationResponses[202];
  'GET /api/v1/notification-preferences': GetNotificationPreferencesResponses[200];
  'PUT /api/v1/notification-preferences': UpdateNotificationPreferencesResponses[200];
  'GET /api/v1/email-messages': ListEmailMessagesResponses[200];
  'GET /api/v1/email-messages/{id}': GetEmailMessageResponses[200];
  'GET /api/v1/catalogs/experience-areas': ListExperienceAreasResponses[200];
  'GET /api/v1/catalogs/languages': ListLanguagesResponses[200];
  'GET /api/v1/catalogs/municipalities': ListMunicipalitiesResponses[200];
  'GET /api/v1/catalogs/task-types': ListTaskTypesResponses[200];
  'GET /api/v1/catalogs/training-tiers': ListTrainingTiersResponses[200];
  // `/experts/me…` before `/experts/{id}`: handlers are tried in the order they are given.
  'GET /api/v1/experts/me': GetOwnExpertProfileResponses[200];
  'GET /api/v1/experts/me/courses': ListMyCoursesResponses[200];
  'GET /api/v1/experts/me/agreements': ListMyAgreementsResponses[200];
  'PATCH /api/v1/experts/me': UpdateOwnExpertProfileResponses[200];
  'POST /api/v1/experts/me/absences': AddOwnAbsenceResponses[201];
  'DELETE /api/v1/experts/me/absences/{absenceId}': null;
  'POST /api/v1/experts/me/consents': null;
  'POST /api/v1/experts/me/consents/withdraw': null;
  'GET /api/v1/experts': ListExpertsResponses[200];
  'POST /api/v1/experts': CreateExpertResponses[201];
  'GET /api/v1/experts/{id}': GetExpertResponses[200];
  'GET /api/v1/experts/{id}/record-checks': ListRecordChecksResponses[200];
  'POST /api/v1/experts/{id}/record-checks': RecordRecordCheckResponses[201];
  'PATCH /api/v1/experts/{id}': UpdateExpertResponses[200];
  'POST /api/v1/experts/{id}/status': ChangeExpertStatusResponses[200];
  'POST /api/v1/experts/{id}/training-records': AddTrainingRecordResponses[201];
  'POST /api/v1/experts/{id}/absences': AddExpertAbsenceResponses[201];
  'POST /api/v1/experts/{id}/consents': null;
  'POST /api/v1/experts/{id}/consents/withdraw': null;
  'POST /api/v1/imports': UploadImportResponses[201];
  'GET /api/v1/imports/{id}': GetImportResponses[200];
  'POST /api/v1/imports/{id}/run': RunImportResponses[202];
  'GET /api/v1/products': ListProductsResponses[200];
  'POST /api/v1/products': CreateProductResponses[201];
  'GET /api/v1/products/{code}': GetProductResponses[200];
  'PATCH /api/v1/products/{code}': UpdateProductResponses[200];
  // `/orders/inbox` before `/orders/{id}`: handlers are tried in the order they are given.
  'GET /api/v1/orders/inbox': ListOrderInboxResponses[200];
  'GET /api/v1/orders': ListOrdersResponses[200];
  'POST /api/v1/orders': CreateOrderResponses[201];
  'GET /api/v1/orders/{id}': GetOrderResponses[200];
  'PATCH /api/v1/orders/{id}': UpdateOrderResponses[200];
  'POST /api/v1/orders/{id}/submit': SubmitOrderResponses[200];
  'POST /api/v1/orders/{id}/start-matching': StartOrderMatchingResponses[200];
  'POST /api/v1/orders/{id}/cancel': CancelOrderResponses[200];
  'POST /api/v1/orders/{id}/occurrences/{occurrenceId}/cancel': CancelOrderOccurrenceResponses[200];
  'GET /api/v1/orders/{id}/timeline': GetOrderTimelineResponses[200];
  'GET /api/v1/orders/{id}/messages': ListOrderMessagesResponses[200];
  'POST /api/v1/orders/{id}/messages': PostOrderMessageResponses[201];
  'GET /api/v1/orders/{id}/candidates': ListOrderCandidatesResponses[200];
  'POST /api/v1/orders/{id}/offers': CreateOrderOffersResponses[201];
  'GET /api/v1/offers': ListOffersResponses[200];
  'POST /api/v1/offers/{id}/accept': AcceptOfferResponses[200];
  'POST /api/v1/offers/{id}/decline': DeclineOfferResponses[200];
  'GET /api/v1/assignments': ListAssignmentsResponses[200];
  'POST /api/v1/assignments/{id}/confirm': ConfirmAssignmentResponses[200];
  'POST /api/v1/assignments/{id}/cancel': CancelAssignmentResponses[200];
  'POST /api/v1/assignments/{id}/complete': CompleteAssignmentResponses[200];
  'POST /api/v1/assignments/{id}/no-show': MarkAssignmentNoShowResponses[200];
  'POST /api/v1/matching/suggestions': SuggestAssignmentsResponses[200];
  'GET /api/v1/matching/fairness': GetMatchingFairnessResponses[200];
  'GET /api/v1/matching/settings': GetMatchingSettingsResponses[200];
  'PUT /api/v1/matching/settings': UpdateMatchingSettingsResponses[200];
  'POST /api/v1/experts/me/calendar-feed': CreateCalendarFeedResponses[201];
  // Fee admin: `/fee-claims/bulk-…` are POSTs, so they never meet `GET /fee-claims/{id}`.
  'POST /api/v1/fee-claims/bulk-confirm': BulkConfirmFeeClaimsResponses[200];
  'POST /api/v1/fee-claims/bulk-approve': BulkApproveFeeClaimsResponses[200];
  'GET /api/v1/fees/export-batches': ListExportBatchesResponses[200];
  'POST /api/v1/fees/export-batches/{id}/release': null;
  'GET /api/v1/fee-schedules': ListFeeSchedulesResponses[200];
  'POST /api/v1/fee-schedules': CreateFeeScheduleResponses[201];
  'GET /api/v1/fee-schedules/{id}': GetFeeScheduleResponses[200];
  'PUT /api/v1/fee-schedules/{id}': ReplaceFeeScheduleResponses[200];
  'GET /api/v1/mileage-rates': ListMileageRatesResponses[200];
  'PUT /api/v1/mileage-rates/{year}': SaveMileageRateResponses[200];
  'GET /api/v1/income-types': ListIncomeTypesResponses[200];
  // Agreements: the documents (admins) and acceptances (experts).
  'GET /api/v1/agreements': ListAgreementsResponses[200];
  'POST /api/v1/agreements': CreateAgreementResponses[201];
  'GET /api/v1/agreements/{id}': GetAgreementResponses[200];
  'POST /api/v1/agreements/{id}/versions': PublishAgreementVersionResponses[201];
  'GET /api/v1/agreements/{id}/outstanding': ListOutstandingExpertsResponses[200];
  'POST /api/v1/agreements/{id}/acceptances': AcceptAgreementResponses[201];
  // Fee claims: `/fee-claims/my-totals` before `/fee-claims/{id}`.
  'GET /api/v1/fee-claims/my-totals': GetMyFeeTotalsResponses[200];
  'GET /api/v1/fee-claims': ListFeeClaimsResponses[200];
  'GET /api/v1/fee-claims/{id}': GetFeeClaimResponses[200];
  'GET /api/v1/fee-claims/{id}/timeline': GetFeeClaimTimelineResponses[200];
  'PATCH /api/v1/fee-claims/{id}': UpdateFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/submit': SubmitFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/confirm': ConfirmFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/approve': ApproveFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/return': ReturnFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/reapprove': ReapproveFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/cancel': CancelFeeClaimResponses[200];
  'GET /api/v1/fee-claims/{id}/assignees': ListFeeClaimAssigneesResponses[200];
  'POST /api/v1/fee-claims/{id}/reassign': ReassignFeeClaimResponses[200];
  'POST /api/v1/fee-claims/{id}/receipts': AddFeeClaimReceiptResponses[201];
  'DELETE /api/v1/fee-claims/{id}/receipts/{receiptId}': undefined;
  'GET /api/v1/applications': ListApplicationsResponses[200];
  'PUT /api/v1/applications/{id}/orientation': SetOrientationChecksResponses[200];
  // Onboarding (coordinators): `/applications/board` before `/applications/{id}`.
  'GET /api/v1/applications/board': GetApplicationBoardResponses[200];
  'GET /api/v1/applications/{id}': GetApplicationResponses[200];
  'POST /api/v1/applications/{id}/moves': MoveApplicationResponses[200];
  'POST /api/v1/applications/{id}/notes': AddApplicationNoteResponses[201];
  'GET /api/v1/recruitment-rounds': ListRecruitmentRoundsResponses[200];
  'POST /api/v1/recruitment-rounds': CreateRecruitmentRoundResponses[201];
  // Training: courses, enrolments, attendance per session.
  'GET /api/v1/courses': ListCoursesResponses[200];
  'POST /api/v1/courses': CreateCourseResponses[201];
  'GET /api/v1/courses/{id}': GetCourseResponses[200];
  'POST /api/v1/courses/{id}/enrolments': EnrolOnCourseResponses[201];
  'PUT /api/v1/courses/{id}/sessions/{sessionId}/attendance': RecordCourseAttendanceResponses[200];
  'POST /api/v1/courses/{id}/enrolments/{enrolmentId}/complete': CompleteCourseEnrolmentResponses[200];
  // Mentoring: pairs, assessments of tasks done together, closing.
  'GET /api/v1/mentorships': ListMentorshipsResponses[200];
  'POST /api/v1/mentorships': CreateMentorshipResponses[201];
  'GET /api/v1/mentorships/{id}': GetMentorshipResponses[200];
  'POST /api/v1/mentorships/{id}/assessments': AssessMentoredTaskResponses[201];
  'POST /api/v1/mentorships/{id}/closing': CloseMentorshipResponses[201];
  'GET /api/v1/debrief-requests': ListDebriefRequestsResponses[200];
  'POST /api/v1/debrief-requests': CreateDebriefRequestResponses[201];
  'GET /api/v1/debrief-requests/{id}': GetDebriefRequestResponses[200];
  'POST /api/v1/debrief-requests/{id}/moves': MoveDebriefRequestResponses[200];
  // "How did it go?": my feedback requests and the answers.
  'GET /api/v1/feedback/requests': ListFeedbackRequestsResponses[200];
  'GET /api/v1/feedback/requests/{id}': GetFeedbackRequestResponses[200];
  'POST /api/v1/feedback/requests/{id}/answers': AnswerFeedbackRequestResponses[200];
  // "What my tasks gave": the report-backs.
  'GET /api/v1/experts/me/report-backs': MyReportBacksResponses[200];
  'GET /api/v1/report-backs': ListReportBacksResponses[200];
  'GET /api/v1/report-backs/{id}': GetReportBackResponses[200];
  'PUT /api/v1/report-backs/{id}/note': NoteReportBackResponses[200];
  // The participants' voice (QR code): the public form and answers, and the link the sheet prints.
  'GET /api/v1/public/participant-feedback/{token}': ParticipantFormResponses[200];
  'POST /api/v1/public/participant-feedback/{token}/answers': AnswerParticipantFeedbackResponses[201];
  'POST /api/v1/participant-feedback/links': ParticipantLinkResponses[200];
  // Screening the participants' free text: the list by state, and a decision (204).
  'GET /api/v1/participant-feedback/screening': import('@kokemus/api-client').ParticipantScreeningResponses[200];
  'POST /api/v1/participant-feedback/answers/{id}/screening': null;
  // Complaints ("something went wrong"): the list by the caller's scope, one, and its moves.
  'GET /api/v1/complaints': import('@kokemus/api-client').ListComplaintsResponses[200];
  'GET /api/v1/complaints/{id}': import('@kokemus/api-client').GetComplaintResponses[200];
  'POST /api/v1/complaints/{id}/moves': import('@kokemus/api-client').MoveComplaintResponses[200];
  // Questionnaires: the newest of each (or every version of one key), one version, saving the next.
  'GET /api/v1/questionnaires': import('@kokemus/api-client').ListQuestionnairesResponses[200];
  'POST /api/v1/questionnaires': import('@kokemus/api-client').CreateQuestionnaireResponses[201];
  'GET /api/v1/questionnaires/{id}': import('@kokemus/api-client').GetQuestionnaireResponses[200];
  // THL's participation indicator: mine, one with its statements, the answer, an expert's scores over time.
  'GET /api/v1/indicator-requests': import('@kokemus/api-client').ListIndicatorRequestsResponses[200];
  'GET /api/v1/indicator-requests/{id}': import('@kokemus/api-client').GetIndicatorRequestResponses[200];
  'POST /api/v1/indicator-requests/{id}/answers': import('@kokemus/api-client').AnswerIndicatorRequestResponses[200];
  'GET /api/v1/experts/{expertId}/indicator-scores': import('@kokemus/api-client').ListIndicatorScoresResponses[200];
  // Supervision (työnohjaus): the sessions, one, planning one, who came, calling one off.
  'GET /api/v1/supervision-sessions': ListSupervisionSessionsResponses[200];
  'POST /api/v1/supervision-sessions': CreateSupervisionSessionResponses[201];
  'GET /api/v1/supervision-sessions/{id}': GetSupervisionSessionResponses[200];
  'POST /api/v1/supervision-sessions/{id}/attendance': MarkSupervisionAttendanceResponses[200];
  'POST /api/v1/supervision-sessions/{id}/cancel': CancelSupervisionSessionResponses[200];
  'GET /api/v1/task-briefings': ListTaskBriefingsResponses[200];
  'GET /api/v1/task-briefings/{occurrenceId}': GetTaskBriefingResponses[200];
  'PUT /api/v1/task-briefings/{occurrenceId}': WriteTaskBriefingResponses[200];
  'POST /api/v1/task-briefings/{occurrenceId}/confirmation': ConfirmTaskBriefingResponses[200];
};
export type Endpoint = keyof Contract;

export type Reply<E extends Endpoint> = { status?: number; body: Contract[E] } | { problem: ProblemDto };
type HandlerContext = { request: Request; params: Record<string, string>; url: URL; body: unknown };
export type Handlers = { [E in Endpoint]?: (ctx: HandlerContext) => Reply<E> | Promise<Reply<E>> };
export type Call = { endpoint: string; request: Request; body: unknown };

export function problem(
  status: number,
  code: string,
  extra: Partial<ProblemDto> = {},
): { problem: ProblemDto } {
  return { problem: { type: 'about:blank', title: code, status, code, ...extra } };
}

function match(template: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const found = new RegExp(`^${pattern}$`).exec(pathname);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}

/** Replaces fetch with the given handlers; anything else answers a 404 problem and is recorded as unhandled. */
export function mockApi(handlers: Handlers) {
  const calls: Call[] = [];
  const unhandled: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    // JSON bodies are parsed; anything else (an uploaded spreadsheet) is kept as text.
    const body: unknown =
      text && /json/.test(request.headers.get('Content-Type') ?? '') ? JSON.parse(text) : text || undefined;
    for (const [key, handler] of Object.entries(handlers)) {
      const [method, template] = key.split(' ');
      const params = method === request.method ? match(template, url.pathname) : null;
      if (!params || !handler) continue;
      calls.push({ endpoint: key, request, body });
      const reply = (await (handler as (ctx: HandlerContext) => Reply<Endpoint> | Promise<Reply<Endpoint>>)({
        request,
        params,
        url,
        body,
      })) as { status?: number; body?: unknown; problem?: ProblemDto };
      if (reply.problem) {
        return new Response(JSON.stringify(reply.problem), {
          status: reply.problem.status,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
      const status = reply.status ?? 200;
      return status === 204
        ? new Response(null, { status })
        : new Response(JSON.stringify(reply.body), {
            status,
            headers: { 'Content-Type': 'application/json' },
          });
    }
    unhandled.push(`${request.method} ${url.pathname}`);
    return new Response(JSON.stringify(problem(404, 'NOT_FOUND').problem), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, unhandled, fetchMock };
}
