import type { PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import {
  CheckboxGroup,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FormState,
} from '../../web/forms.tsx';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
  URGENCIES,
} from '../../taxonomy/taxonomy.ts';
import { SimilarItemsPanel, type SimilarCheck } from '../../matching/similar-check.tsx';
import { numberBounds } from '../../shared/validation.ts';
import { ChallengeInput } from '../schemas.ts';

export const CHALLENGE_ARRAY_FIELDS = ['sectors', 'spearheads', 'desiredKinds'] as const;

/** The form's labels, in the order of its fields (the error summary follows it). */
export function challengeFieldLabels(context: PageContext): Record<string, string> {
  const { t } = context;
  return {
    organisationId: t.t('field.organisation'),
    title: t.t('field.title'),
    description: t.t('field.description'),
    sectors: t.t('field.sectors'),
    spearheads: t.t('field.spearheads'),
    region: t.t('field.region'),
    language: t.t('field.language'),
    urgency: t.t('field.urgency'),
    deadline: t.t('field.deadline'),
    durationMonths: t.t('field.duration_months'),
    desiredKinds: t.t('field.desired_kinds'),
    classification: t.t('field.classification'),
  };
}

interface ChallengeFormProps {
  context: PageContext;
  form: FormState;
  action: string;
  heading: string;
  /** On the form for a new challenge: the "check for similar items" panel, with the last check's answer. */
  similar?: { check?: SimilarCheck };
}

export function ChallengeFormPage({ context, form, action, heading, similar }: ChallengeFormProps) {
  const { t } = context;
  const labels = challengeFieldLabels(context);
  const common = { form, t };
  return (
    <Layout context={context} title={heading}>
      <h1>{heading}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p class="hint">{t.t('field.required_note')}</p>
      <Form action={action} csrfToken={context.csrfToken}>
        <TextField {...common} name="title" label={labels.title!} required maxLength={200} />
        <TextArea {...common} name="description" label={labels.description!} required />
        {similar && (
          <SimilarItemsPanel kind="challenge" checkAction={`${action}#similar-check`} check={similar.check} t={t} />
        )}
        <CheckboxGroup {...common} name="sectors" label={labels.sectors!} options={SECTORS} required />
        <CheckboxGroup {...common} name="spearheads" label={labels.spearheads!} options={SPEARHEADS} required />
        <SelectField {...common} name="region" label={labels.region!} options={REGIONS} required />
        <SelectField {...common} name="language" label={labels.language!} options={CONTENT_LANGUAGES} required />
        <SelectField {...common} name="urgency" label={labels.urgency!} options={URGENCIES} required />
        <TextField {...common} name="deadline" type="date" label={labels.deadline!} hint={t.t('field.horizon_hint')} />
        <TextField
          {...common}
          name="durationMonths"
          type="number"
          label={labels.durationMonths!}
          hint={t.t('field.months_between_hint', numberBounds(ChallengeInput.properties.durationMonths))}
        />
        <CheckboxGroup {...common} name="desiredKinds" label={labels.desiredKinds!} options={SOLUTION_KINDS} />
        <SelectField
          {...common}
          name="classification"
          label={labels.classification!}
          options={CLASSIFICATIONS}
          hint={t.t('field.classification_hint')}
        />
        <button type="submit">{t.t('action.save')}</button>
      </Form>
    </Layout>
  );
}
