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
  MARKET_STAGES,
  PRICING,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
} from '../../taxonomy/taxonomy.ts';
import { SimilarItemsPanel, type SimilarCheck } from '../../matching/similar-check.tsx';
import { numberBounds } from '../../shared/validation.ts';
import { SolutionInput } from '../schemas.ts';

export const SOLUTION_ARRAY_FIELDS = ['sectors', 'spearheads', 'regionsServed', 'languages'] as const;

/** Technologies are typed as one comma-separated line; an emptied references field means none. */
export function solutionFormInput(values: Record<string, unknown>): Record<string, unknown> {
  const technologies =
    typeof values.technologies === 'string'
      ? values.technologies
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  return { ...values, technologies, references: values.references ?? '' };
}

/** The form's labels, in the order of its fields (the error summary follows it). */
export function solutionFieldLabels(context: PageContext): Record<string, string> {
  const { t } = context;
  return {
    organisationId: t.t('field.organisation'),
    title: t.t('field.title'),
    description: t.t('field.description'),
    kind: t.t('field.kind'),
    technologies: t.t('field.technologies'),
    sectors: t.t('field.sectors'),
    spearheads: t.t('field.spearheads'),
    trl: t.t('field.trl'),
    marketStage: t.t('field.market_stage'),
    pricing: t.t('field.pricing'),
    freeMonths: t.t('field.free_months'),
    regionsServed: t.t('field.regions_served'),
    languages: t.t('field.languages'),
    language: t.t('field.language'),
    references: t.t('field.references'),
    classification: t.t('field.classification'),
  };
}

interface SolutionFormProps {
  context: PageContext;
  form: FormState;
  action: string;
  heading: string;
  /** On the form for a new solution: the "check for similar items" panel, with the last check's answer. */
  similar?: { check?: SimilarCheck };
}

export function SolutionFormPage({ context, form, action, heading, similar }: SolutionFormProps) {
  const { t } = context;
  const labels = solutionFieldLabels(context);
  const common = { form, t };
  const trlOptions = Array.from({ length: 9 }, (_, i): [string, string] => [String(i + 1), `TRL ${i + 1}`]);
  return (
    <Layout context={context} title={heading}>
      <h1>{heading}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p class="hint">{t.t('field.required_note')}</p>
      <Form action={action} csrfToken={context.csrfToken}>
        <TextField {...common} name="title" label={labels.title!} required maxLength={200} />
        <TextArea {...common} name="description" label={labels.description!} required />
        {similar && (
          <SimilarItemsPanel kind="solution" checkAction={`${action}#similar-check`} check={similar.check} t={t} />
        )}
        <SelectField {...common} name="kind" label={labels.kind!} options={SOLUTION_KINDS} required />
        <TextField {...common} name="technologies" label={labels.technologies!} hint={t.t('field.technologies_hint')} />
        <CheckboxGroup {...common} name="sectors" label={labels.sectors!} options={SECTORS} required />
        <CheckboxGroup {...common} name="spearheads" label={labels.spearheads!} options={SPEARHEADS} required />
        <SelectField {...common} name="trl" label={labels.trl!} options={trlOptions} allowEmpty />
        <SelectField {...common} name="marketStage" label={labels.marketStage!} options={MARKET_STAGES} allowEmpty />
        <SelectField {...common} name="pricing" label={labels.pricing!} options={PRICING} required />
        <TextField
          {...common}
          name="freeMonths"
          type="number"
          label={labels.freeMonths!}
          hint={t.t('field.months_between_hint', numberBounds(SolutionInput.properties.freeMonths))}
        />
        <CheckboxGroup {...common} name="regionsServed" label={labels.regionsServed!} options={REGIONS} required />
        <CheckboxGroup {...common} name="languages" label={labels.languages!} options={CONTENT_LANGUAGES} required />
        <SelectField {...common} name="language" label={labels.language!} options={CONTENT_LANGUAGES} required />
        <TextArea {...common} name="references" label={labels.references!} rows={3} />
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
