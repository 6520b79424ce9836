// The login form, with the government login above it when that provider is configured. A failed
// attempt shows one message that does not say which of the two was wrong.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { ErrorSummary, Form, TextField, type FormState } from '../../web/forms.tsx';

interface LoginProps {
  context: PageContext;
  form: FormState;
  next: string;
  oidcEnabled: boolean;
  failure?: MessageKey | undefined;
}

export function LoginPage({ context, form, next, oidcEnabled, failure }: LoginProps) {
  const { t } = context;
  const labels = { email: t.t('account.field.email'), password: t.t('account.field.password') };
  return (
    <Layout context={context} title={t.t('account.login.title')}>
      <h1>{t.t('account.login.title')}</h1>
      {failure && (
        <div class="error-summary" role="alert" id="error-summary">
          <p>{t.t(failure)}</p>
        </div>
      )}
      <ErrorSummary form={form} t={t} labels={labels} />
      {oidcEnabled && (
        <>
          <p>
            <a class="button" href={`/login/oidc?next=${encodeURIComponent(next)}`}>
              {t.t('oidc.login_button')}
            </a>
          </p>
          <p>{t.t('oidc.or_password')}</p>
        </>
      )}
      <Form action="/login" csrfToken={context.csrfToken}>
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          label={labels.email}
          form={form}
          t={t}
          required
          type="email"
          autocomplete="username"
          maxLength={254}
        />
        <TextField
          name="password"
          label={labels.password}
          form={form}
          t={t}
          required
          type="password"
          autocomplete="current-password"
        />
        <div class="field">
          <input
            type="checkbox"
            id="keepSignedIn"
            name="keepSignedIn"
            value="yes"
            checked={form.values.keepSignedIn === 'yes'}
          />
          <label for="keepSignedIn">{t.t('account.login.keep_signed_in')}</label>
        </div>
        <button type="submit">{t.t('account.login.submit')}</button>
      </Form>
      <p>
        <a href="/password/forgot">{t.t('account.login.forgot')}</a>
      </p>
      <p>
        {t.t('account.login.no_account')} <a href="/register">{t.t('nav.register')}</a>
      </p>
    </Layout>
  );
}
