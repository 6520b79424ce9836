import type { PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import { CheckboxGroup, ErrorSummary, Form, SelectField, TextArea, TextField, type FormState } from '../../web/forms.tsx';
import {
  CLASSIFICATIONS, CONTENT_LANGUAGES, REGIONS, SECTORS, SOLUTION_KINDS, SPEARHEADS, URGENCIES,
} from '../../taxonomy/taxonomy.ts';

export const CHALLENGE_ARRAY_FIELDS = ['sectors', 'spearheads', 'desiredKinds'] as const;

function fieldLabels(context: PageContext): Record<string, string> {
  const { t } = context;
  return {
    title: t.t('field.title'), description: t.t('field.description'), sectors: t.t('field.sectors'),
    spearheads: t.t('field.spearheads'), region: t.t('field.region'), language: t.t('field.language'),
    urgency: t.t('field.urgency'), deadline: t.t('field.deadline'), durationMonths: t.t('field.duration_months'),
    desiredKinds: t.t('field.desired_kinds'), classification: t.t('field.classification'), organisationId: t.t('field.organisation'),
  };
}

export function ChallengeFormPage({ context, form, action, heading }: { context: PageContext; form: FormState; action: string; heading: string }) {
  const { t } = context;
  const labels = fieldLabels(context);
  const common = { form, t };
  return (
    <Layout context={context} title={heading}>
      <h1>{heading}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action={action} csrfToken={context.csrfToken}>
        <TextField {...common} name="title" label={labels.title!} required maxLength={200} />
        <TextArea {...common} name="description" label={labels.description!} required />
        <CheckboxGroup {...common} name="sectors" label={labels.sectors!} options={SECTORS} />
        <CheckboxGroup {...common} name="spearheads" label={labels.spearheads!} options={SPEARHEADS} />
        <SelectField {...common} name="region" label={labels.region!} options={REGIONS} required />
        <SelectField {...common} name="language" label={labels.language!} options={CONTENT_LANGUAGES} required />
        <SelectField {...common} name="urgency" label={labels.urgency!} options={URGENCIES} required />
        <TextField {...common} name="deadline" type="date" label={labels.deadline!} hint={t.t('field.horizon_hint')} />
        <TextField {...common} name="durationMonths" type="number" label={labels.durationMonths!} />
        <CheckboxGroup {...common} name="desiredKinds" label={labels.desiredKinds!} options={SOLUTION_KINDS} />
        <SelectField {...common} name="classification" label={labels.classification!} options={CLASSIFICATIONS} hint={t.t('field.classification_hint')} />
        <button type="submit">{t.t('action.save')}</button>
      </Form>
    </Layout>
  );
}
