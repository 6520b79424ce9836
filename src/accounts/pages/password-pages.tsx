// Forgotten password: ask for a link by e-mail, then choose a new password with it.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, TextField, type FormState } from '../../web/forms.tsx';
import { PASSWORD_MIN_LENGTH } from '../passwords.ts';

export function ForgotPasswordPage({ context, form }: { context: PageContext; form: FormState }) {
  const { t } = context;
  const labels = { email: t.t('account.field.email') };
  return (
    <Layout context={context} title={t.t('account.forgot.title')}>
      <h1>{t.t('account.forgot.title')}</h1>
      <p>{t.t('account.forgot.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/password/forgot" csrfToken={context.csrfToken}>
        <TextField
          name="email"
          label={labels.email}
          form={form}
          t={t}
          required
          type="email"
          autocomplete="email"
          maxLength={254}
        />
        <button type="submit">{t.t('account.forgot.submit')}</button>
      </Form>
    </Layout>
  );
}

export function ResetPasswordPage({ context, form, token }: { context: PageContext; form: FormState; token: string }) {
  const { t } = context;
  const labels = { password: t.t('account.field.new_password') };
  return (
    <Layout context={context} title={t.t('account.reset.title')}>
      <h1>{t.t('account.reset.title')}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/password/reset" csrfToken={context.csrfToken}>
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          label={labels.password}
          form={form}
          t={t}
          required
          type="password"
          autocomplete="new-password"
          hint={t.t('account.password.hint', { min: PASSWORD_MIN_LENGTH })}
        />
        <button type="submit">{t.t('account.reset.submit')}</button>
      </Form>
    </Layout>
  );
}
