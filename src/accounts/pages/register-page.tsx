// The registration form: the person, then their organisation (join one by its enterprise number, or
// register a new one). Works without JavaScript: both parts are always shown.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, SelectField, TextField, type FormState } from '../../web/forms.tsx';
import { ORGANISATION_KINDS } from '../../taxonomy/taxonomy.ts';
import type { Translator } from '../../i18n/translator.ts';
import { PASSWORD_MIN_LENGTH } from '../passwords.ts';

export function registrationLabels(t: Translator): Record<string, string> {
  return {
    name: t.t('account.field.name'),
    email: t.t('account.field.email'),
    password: t.t('account.field.password'),
    locale: t.t('account.field.locale'),
    organisationMode: t.t('account.field.organisation_mode'),
    enterpriseNumber: t.t('organisation.field.enterprise_number'),
    organisationName: t.t('organisation.field.name'),
    kind: t.t('organisation.field.kind'),
    isSme: t.t('organisation.field.is_sme'),
    street: t.t('organisation.field.street'),
    postalCode: t.t('organisation.field.postal_code'),
    municipality: t.t('organisation.field.municipality'),
    nisCode: t.t('organisation.field.nis_code'),
    website: t.t('organisation.field.website'),
  };
}

const LANGUAGE_OPTIONS: [string, string][] = [
  ['nl', 'Nederlands'],
  ['fr', 'Français'],
  ['en', 'English'],
];

export function RegisterPage({ context, form }: { context: PageContext; form: FormState }) {
  const { t } = context;
  const labels = registrationLabels(t);
  const label = (name: string) => labels[name] ?? name;
  const yesNo: [string, string][] = [
    ['true', t.t('common.yes')],
    ['false', t.t('common.no')],
  ];
  const modes: [string, string][] = [
    ['join', t.t('account.mode.join')],
    ['create', t.t('account.mode.create')],
  ];
  return (
    <Layout context={context} title={t.t('account.register.title')}>
      <h1>{t.t('account.register.title')}</h1>
      <p>{t.t('account.register.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/register" csrfToken={context.csrfToken}>
        <fieldset>
          <legend>{t.t('account.register.about_you')}</legend>
          <TextField name="name" label={label('name')} form={form} t={t} required autocomplete="name" maxLength={120} />
          <TextField
            name="email"
            label={label('email')}
            form={form}
            t={t}
            required
            type="email"
            autocomplete="email"
            maxLength={254}
          />
          <TextField
            name="password"
            label={label('password')}
            form={form}
            t={t}
            required
            type="password"
            autocomplete="new-password"
            hint={t.t('account.password.hint', { min: PASSWORD_MIN_LENGTH })}
          />
          <SelectField
            name="locale"
            label={label('locale')}
            form={withDefault(form, 'locale', t.locale)}
            t={t}
            options={LANGUAGE_OPTIONS}
            required
          />
        </fieldset>
        <fieldset>
          <legend>{t.t('account.register.your_organisation')}</legend>
          <SelectField
            name="organisationMode"
            label={label('organisationMode')}
            form={withDefault(form, 'organisationMode', 'create')}
            t={t}
            options={modes}
            required
            hint={t.t('account.mode.hint')}
          />
          <TextField
            name="enterpriseNumber"
            label={label('enterpriseNumber')}
            form={form}
            t={t}
            required
            maxLength={30}
            hint={t.t('organisation.enterprise_number.hint')}
          />
        </fieldset>
        <fieldset>
          <legend>{t.t('account.register.new_organisation')}</legend>
          <p class="hint">{t.t('account.register.new_organisation_hint')}</p>
          <TextField
            name="organisationName"
            label={label('organisationName')}
            form={form}
            t={t}
            autocomplete="organization"
            maxLength={200}
          />
          <SelectField name="kind" label={label('kind')} form={form} t={t} options={ORGANISATION_KINDS} allowEmpty />
          <SelectField
            name="isSme"
            label={label('isSme')}
            form={form}
            t={t}
            options={yesNo}
            allowEmpty
            hint={t.t('organisation.is_sme.hint')}
          />
          <TextField
            name="street"
            label={label('street')}
            form={form}
            t={t}
            autocomplete="address-line1"
            maxLength={200}
          />
          <TextField
            name="postalCode"
            label={label('postalCode')}
            form={form}
            t={t}
            autocomplete="postal-code"
            maxLength={12}
          />
          <TextField
            name="municipality"
            label={label('municipality')}
            form={form}
            t={t}
            autocomplete="address-level2"
            maxLength={100}
          />
          <TextField
            name="website"
            label={label('website')}
            form={form}
            t={t}
            type="url"
            autocomplete="url"
            maxLength={300}
            hint={t.t('organisation.website.hint')}
          />
        </fieldset>
        <button type="submit">{t.t('account.register.submit')}</button>
      </Form>
      <p>
        {t.t('account.register.have_account')} <a href="/login">{t.t('nav.login')}</a>
      </p>
    </Layout>
  );
}

function withDefault(form: FormState, name: string, value: string): FormState {
  return form.values[name] === undefined ? { ...form, values: { ...form.values, [name]: value } } : form;
}
