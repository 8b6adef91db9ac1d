import type { MigrationInterface } from 'typeorm';
import { Initial1795397195240 } from './1795397195240-Initial';
import { Notifications1795398169530 } from './1795398169530-Notifications';
import { Registry1795399274906 } from './1795399274906-Registry';
import { RegistryImport1795399920719 } from './1795399920719-RegistryImport';
import { ExpertMergeAndErasure1795399971088 } from './1795399971088-ExpertMergeAndErasure';
import { Orders1795405371831 } from './1795405371831-Orders';
import { Matching1795406795107 } from './1795406795107-Matching';
import { MatchingProfile1795413000000 } from './1795413000000-MatchingProfile';
import { Fees1795414689241 } from './1795414689241-Fees';
import { FeeReceipts1795418403806 } from './1795418403806-FeeReceipts';
import { PublishedReadViews1795420000000 } from './1795420000000-PublishedReadViews';
import { Onboarding1796572152668 } from './1796572152668-Onboarding';
import { Agreements1796584145819 } from './1796584145819-Agreements';
import { Invitations1796584774880 } from './1796584774880-Invitations';
import { RecordChecks1796585701531 } from './1796585701531-RecordChecks';
import { Courses1796586817197 } from './1796586817197-Courses';
import { Mentorships1796607137878 } from './1796607137878-Mentorships';
import { OrientationChecklist1796608162401 } from './1796608162401-OrientationChecklist';
import { InterviewAnswer1796610615513 } from './1796610615513-InterviewAnswer';
import { TraineeFeeShare1796624740614 } from './1796624740614-TraineeFeeShare';
import { TaxCardReminder1796627066115 } from './1796627066115-TaxCardReminder';
import { ApplicationCertificates1796636430099 } from './1796636430099-ApplicationCertificates';
import { DebriefRequests1796638540030 } from './1796638540030-DebriefRequests';
import { FeedbackRequests1796647918471 } from './1796647918471-FeedbackRequests';
import { ParticipantFeedback1796648865580 } from './1796648865580-ParticipantFeedback';
import { Complaints1796649625666 } from './1796649625666-Complaints';
import { ReportBacks1796650153608 } from './1796650153608-ReportBacks';
import { SupervisionSessions1796661719754 } from './1796661719754-SupervisionSessions';
import { TaskBriefings1796685492117 } from './1796685492117-TaskBriefings';
import { IndicatorRequests1796685732897 } from './1796685732897-IndicatorRequests';

// The committed migrations in the order they run. `pnpm migration:generate <Name>` appends here.
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Initial1795397195240,
  Notifications1795398169530,
  Registry1795399274906,
  RegistryImport1795399920719,
  ExpertMergeAndErasure1795399971088,
  Orders1795405371831,
  Matching1795406795107,
  MatchingProfile1795413000000,
  Fees1795414689241,
  FeeReceipts1795418403806,
  PublishedReadViews1795420000000,
  Onboarding1796572152668,
  Agreements1796584145819,
  Invitations1796584774880,
  RecordChecks1796585701531,
  Courses1796586817197,
  Mentorships1796607137878,
  OrientationChecklist1796608162401,
  InterviewAnswer1796610615513,
  TraineeFeeShare1796624740614,
  TaxCardReminder1796627066115,
  ApplicationCertificates1796636430099,
  DebriefRequests1796638540030,
  FeedbackRequests1796647918471,
  ParticipantFeedback1796648865580,
  Complaints1796649625666,
  ReportBacks1796650153608,
  SupervisionSessions1796661719754,
  TaskBriefings1796685492117,
  IndicatorRequests1796685732897,
];
