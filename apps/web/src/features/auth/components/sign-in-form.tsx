import type { MeDto } from '@kokemus/api-client';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { message } from '../../../shared/i18n/message';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useSignIn } from '../api/sign-in';

type SignInValues = { email: string; password: string };

// The contract's LoginDto (email ≤ 254 characters, password ≤ 1024), checked by hand: zod and the generated
// schemas are large and would otherwise load with the sign-in page (see scripts/budget.mjs).
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const signInResolver: Resolver<SignInValues> = (values) => {
  const errors: FieldErrors<SignInValues> = {};
  const problem = (text: string) => ({ type: 'validate', message: text });
  if (!values.email) errors.email = problem(message('validation.required'));
  else if (values.email.length > 254) errors.email = problem(message('validation.tooLong', { max: 254 }));
  else if (!EMAIL.test(values.email)) errors.email = problem(message('validation.email'));
  if (!values.password) errors.password = problem(message('validation.required'));
  else if (values.password.length > 1024)
    errors.password = problem(message('validation.tooLong', { max: 1024 }));
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
};
const FIELDS = ['email', 'password'] as const;

export function SignInForm({ onSignedIn }: { onSignedIn: (user: MeDto) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm<SignInValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: signInResolver,
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
      aria-label={t('signIn.title')}
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
