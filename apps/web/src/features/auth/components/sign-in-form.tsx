import { zodResolver } from '@hookform/resolvers/zod';
import type { MeDto } from '@kokemus/api-client';
import { zLoginDto } from '@kokemus/api-client/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useSignIn } from '../api/sign-in';

const signInSchema = z.object({
  email: zLoginDto.shape.email,
  password: zLoginDto.shape.password.min(1),
});
type SignInValues = z.input<typeof signInSchema>;
const FIELDS = ['email', 'password'] as const;

export function SignInForm({ onSignedIn }: { onSignedIn: (user: MeDto) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm<SignInValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver(signInSchema, { error: zodMessages() }),
    defaultValues: { email: '', password: '' },
  });
  const failure = useFormFailure(form.setError, FIELDS);

  const onValid = (values: SignInValues) =>
    signIn.mutate(
      { body: values },
      { onSuccess: (token) => onSignedIn(token.user), onError: failure.onProblem },
    );

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onValid, failure.onInvalid)}
      aria-labelledby="sign-in-heading"
    >
      <FormErrorSummary
        errors={form.formState.errors}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
        fields={[
          { name: 'email', label: t('signIn.email'), inputId: 'sign-in-email' },
          { name: 'password', label: t('signIn.password'), inputId: 'sign-in-password' },
        ]}
      />
      <div className="form-stack">
        <FormTextInput
          control={form.control}
          name="email"
          id="sign-in-email"
          type="email"
          autoComplete="username"
          label={t('signIn.email')}
        />
        <FormTextInput
          control={form.control}
          name="password"
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          label={t('signIn.password')}
        />
        <div>
          <Button type="submit" disabled={signIn.isPending} aria-busy={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}
