// The second-factor pages: enrolment (QR code, key, first code), the recovery codes shown once,
// and the code asked after login.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, TextField, type FormState } from '../../web/forms.tsx';
import type { Enrolment } from '../second-factor.ts';

/** A session waiting for its second factor has no menu with "log out"; these pages offer it. */
function LogoutForm({ context }: { context: PageContext }) {
  return (
    <Form action="/logout" csrfToken={context.csrfToken}>
      <button type="submit" class="link-button">
        {context.t.t('nav.logout')}
      </button>
    </Form>
  );
}

interface CodeFormProps {
  context: PageContext;
  form: FormState;
  next: string;
}

export function EnrolmentPage({ context, form, next, enrolment }: CodeFormProps & { enrolment: Enrolment }) {
  const { t } = context;
  const labels = { code: t.t('second_factor.field.code') };
  return (
    <Layout context={context} title={t.t('second_factor.setup.title')}>
      <h1>{t.t('second_factor.setup.title')}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p>{t.t('second_factor.setup.intro')}</p>
      <p>
        <img src={enrolment.qrDataUri} alt={t.t('second_factor.setup.qr')} width={220} height={220} />
      </p>
      <p>
        {t.colon(t.t('second_factor.setup.secret'))} <code class="secret">{enrolment.secret}</code>
      </p>
      <Form action="/account/two-factor" csrfToken={context.csrfToken}>
        <input type="hidden" name="next" value={next} />
        <TextField
          name="code"
          label={labels.code}
          form={form}
          t={t}
          required
          autocomplete="one-time-code"
          maxLength={6}
        />
        <button type="submit">{t.t('second_factor.setup.submit')}</button>
      </Form>
      {!context.viewer && <LogoutForm context={context} />}
    </Layout>
  );
}

export function RecoveryCodesPage({ context, codes, next }: { context: PageContext; codes: string[]; next: string }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('second_factor.recovery.title')}>
      <h1>{t.t('second_factor.recovery.title')}</h1>
      <p role="status">{t.t('second_factor.recovery.intro')}</p>
      <ul class="recovery-codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href={next}>{t.t('second_factor.recovery.continue')}</a>
      </p>
    </Layout>
  );
}

export function VerifyPage({ context, form, next }: CodeFormProps) {
  const { t } = context;
  const labels = { code: t.t('second_factor.field.code_or_recovery') };
  return (
    <Layout context={context} title={t.t('second_factor.verify.title')}>
      <h1>{t.t('second_factor.verify.title')}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p>{t.t('second_factor.verify.intro')}</p>
      <Form action="/login/second-factor" csrfToken={context.csrfToken}>
        <input type="hidden" name="next" value={next} />
        <TextField
          name="code"
          label={labels.code}
          form={form}
          t={t}
          required
          autocomplete="one-time-code"
          maxLength={20}
        />
        <button type="submit">{t.t('second_factor.verify.submit')}</button>
      </Form>
      <LogoutForm context={context} />
    </Layout>
  );
}
