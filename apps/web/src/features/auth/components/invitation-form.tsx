import { zodResolver } from '@hookform/resolvers/zod';
import type { MeDto } from '@kokemus/api-client';
import { zAcceptInvitationDto } from '@kokemus/api-client/zod';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, InlineAlert, Paragraph } from 'suomifi-ui-components';
import * as z from 'zod';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useAcceptInvitation } from '../api/accept-invitation';
import '../invitation-strings';

export const invitationFormSchema = z
  .object({
    // The contract's limits (10–200 characters); a password is taken as typed, spaces included.
    password: zAcceptInvitationDto.shape.password,
    repeat: z.string().min(1),
  })
  .refine((values) => values.password === values.repeat, {
    path: ['repeat'],
    message: message('invitation.mismatch'),
    // Also while the first password is still too short, so the summary lists both at once.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'repeat'),
  });

export type InvitationFormValues = z.input<typeof invitationFormSchema>;
const FIELDS = ['password', 'repeat'] as const;

/** The answers after which the link cannot be used: the form gives way to what to do next. */
export type LinkProblem = 'invalid' | 'used' | 'expired';

export function linkProblemOf(problem: ApiProblem): LinkProblem | null {
  switch (problem.code) {
    case 'INVITATION_INVALID':
      return 'invalid';
    case 'INVITATION_USED':
      return 'used';
    case 'INVITATION_EXPIRED':
      return 'expired';
    default:
      // The token is the one value the person cannot fix: a token the API refuses is a broken link.
      return problem.code === 'VALIDATION_FAILED' && problem.fieldErrors.token ? 'invalid' : null;
  }
}

/** Why the link cannot be used, and what to do instead; it takes the focus when it replaces the form. */
export function InvitationLinkProblem({ problem }: { problem: LinkProblem }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} data-testid="invitation-problem">
      <InlineAlert status={problem === 'invalid' ? 'error' : 'warning'} className="mb-m">
        {t(`invitation.${problem}`)}
      </InlineAlert>
      {problem === 'used' ? <Link to="/sign-in">{t('invitation.signIn')}</Link> : null}
    </div>
  );
}

/** Two password fields for the invitation link's one-time token; on success the person is signed in. */
export function InvitationForm({ token, onAccepted }: { token: string; onAccepted: (user: MeDto) => void }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const [visible, setVisible] = useState(false);
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(null);
  const form = useForm<InvitationFormValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver(invitationFormSchema, { error: zodMessages() }),
    defaultValues: { password: '', repeat: '' },
  });
  const failure = useFormFailure(form.setError, FIELDS);

  if (linkProblem) return <InvitationLinkProblem problem={linkProblem} />;

  const onValid = (values: InvitationFormValues) =>
    accept.mutate(
      { body: { token, password: values.password } },
      {
        onSuccess: (session) => onAccepted(session.user),
        onError: (error) => {
          const problem = toApiProblem(error);
          const link = linkProblemOf(problem);
          if (link) setLinkProblem(link);
          else failure.onProblem(problem);
        },
      },
    );
  const busy = accept.isPending || accept.isSuccess;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onValid, failure.onInvalid)}
      aria-label={t('invitation.title')}
    >
      <FormErrorSummary
        errors={form.formState.errors}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
        fields={[
          { name: 'password', label: t('invitation.password'), inputId: 'invitation-password' },
          { name: 'repeat', label: t('invitation.repeat'), inputId: 'invitation-repeat' },
        ]}
      />
      <Paragraph mb="m">{t('invitation.lead')}</Paragraph>
      <div className="form-stack">
        <FormTextInput
          control={form.control}
          name="password"
          id="invitation-password"
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          label={t('invitation.password')}
          hint={t('invitation.passwordHint')}
        />
        <FormTextInput
          control={form.control}
          name="repeat"
          id="invitation-repeat"
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          label={t('invitation.repeat')}
        />
        <Checkbox
          id="invitation-show"
          checked={visible}
          onClick={({ checkboxState }) => setVisible(checkboxState)}
        >
          {t('invitation.show')}
        </Checkbox>
        <div>
          <Button type="submit" disabled={busy} aria-busy={busy}>
            {busy ? t('invitation.saving') : t('invitation.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}
