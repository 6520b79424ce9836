// The admin page to reset someone's second factor, by their e-mail address.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, TextField, type FormState } from '../../web/forms.tsx';

export function SecondFactorResetPage({
  context,
  form,
  done,
}: {
  context: PageContext;
  form: FormState;
  done?: string;
}) {
  const { t } = context;
  const labels = { email: t.t('account.field.email') };
  return (
    <Layout context={context} title={t.t('second_factor.reset.title')}>
      <h1>{t.t('second_factor.reset.title')}</h1>
      {done && (
        <p role="status" class="notice">
          {t.t('second_factor.reset.done', { email: done })}
        </p>
      )}
      <p>{t.t('second_factor.reset.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/admin/second-factor" csrfToken={context.csrfToken}>
        <TextField
          name="email"
          label={labels.email}
          form={form}
          t={t}
          required
          type="email"
          autocomplete="off"
          maxLength={254}
        />
        <button type="submit">{t.t('second_factor.reset.submit')}</button>
      </Form>
    </Layout>
  );
}
