// After a government login that named an organisation the platform does not know: register it.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, SelectField, TextField, type FormState } from '../../web/forms.tsx';
import { ORGANISATION_KINDS } from '../../taxonomy/taxonomy.ts';
import type { Translator } from '../../i18n/translator.ts';

export function ownOrganisationLabels(t: Translator): Record<string, string> {
  return {
    name: t.t('organisation.field.name'),
    kind: t.t('organisation.field.kind'),
    isSme: t.t('organisation.field.is_sme'),
    enterpriseNumber: t.t('organisation.field.enterprise_number'),
  };
}

export function OwnOrganisationPage({ context, form }: { context: PageContext; form: FormState }) {
  const { t } = context;
  const labels = ownOrganisationLabels(t);
  const yesNo: [string, string][] = [
    ['true', t.t('common.yes')],
    ['false', t.t('common.no')],
  ];
  const number = typeof form.values.enterpriseNumber === 'string' ? form.values.enterpriseNumber : '';
  return (
    <Layout context={context} title={t.t('oidc.organisation_missing.title')}>
      <h1>{t.t('oidc.organisation_missing.title')}</h1>
      <p>{t.t('oidc.organisation_missing.message', { number })}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/account/organisation" csrfToken={context.csrfToken}>
        <TextField
          name="enterpriseNumber"
          label={labels.enterpriseNumber ?? ''}
          form={form}
          t={t}
          required
          maxLength={30}
        />
        <TextField
          name="name"
          label={labels.name ?? ''}
          form={form}
          t={t}
          required
          autocomplete="organization"
          maxLength={200}
        />
        <SelectField
          name="kind"
          label={labels.kind ?? ''}
          form={form}
          t={t}
          options={ORGANISATION_KINDS}
          required
          allowEmpty
        />
        <SelectField name="isSme" label={labels.isSme ?? ''} form={form} t={t} options={yesNo} required allowEmpty />
        <button type="submit">{t.t('oidc.organisation_missing.submit')}</button>
      </Form>
      <p>
        <a href="/account/join">{t.t('membership.join.link')}</a>
      </p>
      <p>
        <a href="/account">{t.t('oidc.organisation_missing.later')}</a>
      </p>
    </Layout>
  );
}
