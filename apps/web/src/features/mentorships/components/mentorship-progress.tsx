import type { MentorshipSummaryDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { progressPercent } from '../mentorships.rules';

/** "2 / 3 hyväksyttyä tehtävää" with a bar; the text carries the meaning, the bar only repeats it. */
export function MentorshipProgress({
  mentorship,
}: {
  mentorship: Pick<MentorshipSummaryDto, 'tasksApproved' | 'tasksRequired'>;
}) {
  const { t } = useTranslation();
  const text = t('mentorships.progress', {
    approved: mentorship.tasksApproved,
    count: mentorship.tasksRequired,
  });
  return (
    <div className="mentorship-progress">
      {text}
      <progress value={progressPercent(mentorship)} max={100} aria-label={text} />
    </div>
  );
}
