// The form to change an organisation's profile. The enterprise number is shown as text to members
// and can only be changed by admins.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, SelectField, TextField, type FormState } from '../../web/forms.tsx';
import { ORGANISATION_KINDS } from '../../taxonomy/taxonomy.ts';
import type { Translator } from '../../i18n/translator.ts';

export function organisationLabels(t: Translator): Record<string, string> {
  return {
    name: t.t('organisation.field.name'),
    kind: t.t('organisation.field.kind'),
    isSme: t.t('organisation.field.is_sme'),
    enterpriseNumber: t.t('organisation.field.enterprise_number'),
    street: t.t('organisation.field.street'),
    postalCode: t.t('organisation.field.postal_code'),
    municipality: t.t('organisation.field.municipality'),
    nisCode: t.t('organisation.field.nis_code'),
    website: t.t('organisation.field.website'),
  };
}

interface EditProps {
  context: PageContext;
  organisationId: string;
  enterpriseNumber: string;
  form: FormState;
  canChangeNumber: boolean;
}

export function OrganisationEditPage({ context, organisationId, enterpriseNumber, form, canChangeNumber }: EditProps) {
  const { t } = context;
  const labels = organisationLabels(t);
  const field = (name: string) => labels[name] ?? name;
  const yesNo: [string, string][] = [
    ['true', t.t('common.yes')],
    ['false', t.t('common.no')],
  ];
  return (
    <Layout context={context} title={t.t('organisation.edit.title')}>
      <h1>{t.t('organisation.edit.title')}</h1>
      <p>{t.t('organisation.edit.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p class="hint">{t.t('field.required_note')}</p>
      <Form action={`/organisations/${organisationId}/edit`} csrfToken={context.csrfToken}>
        <TextField
          name="name"
          label={field('name')}
          form={form}
          t={t}
          required
          maxLength={200}
          hint={t.t('organisation.edit.name_hint')}
        />
        <SelectField name="kind" label={field('kind')} form={form} t={t} options={ORGANISATION_KINDS} required />
        <SelectField
          name="isSme"
          label={field('isSme')}
          form={form}
          t={t}
          options={yesNo}
          required
          hint={t.t('organisation.is_sme.hint')}
        />
        {canChangeNumber ? (
          <TextField
            name="enterpriseNumber"
            label={field('enterpriseNumber')}
            form={form}
            t={t}
            required
            maxLength={30}
            hint={t.t('organisation.enterprise_number.hint')}
          />
        ) : (
          <p>
            <strong>{t.colon(field('enterpriseNumber'))}</strong> {enterpriseNumber}
          </p>
        )}
        <TextField
          name="street"
          label={field('street')}
          form={form}
          t={t}
          autocomplete="address-line1"
          maxLength={200}
        />
        <TextField
          name="postalCode"
          label={field('postalCode')}
          form={form}
          t={t}
          autocomplete="postal-code"
          maxLength={12}
        />
        <TextField
          name="municipality"
          label={field('municipality')}
          form={form}
          t={t}
          autocomplete="address-level2"
          maxLength={100}
        />
        <TextField
          name="nisCode"
          label={field('nisCode')}
          form={form}
          t={t}
          maxLength={5}
          hint={t.t('organisation.nis_code.hint')}
        />
        <TextField
          name="website"
          label={field('website')}
          form={form}
          t={t}
          type="url"
          autocomplete="url"
          maxLength={300}
          hint={t.t('organisation.website.hint')}
        />
        <button type="submit">{t.t('action.save')}</button>{' '}
        <a href={`/organisations/${organisationId}`}>{t.t('action.cancel')}</a>
      </Form>
    </Layout>
  );
}
