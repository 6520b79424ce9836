// What a solution's pages have of their own: the kind of offer, its technologies, maturity and pricing,
// where and in which languages it is offered, and references.
import { CheckboxGroup, SelectField, TextArea, TextField } from '../web/forms.tsx';
import { RichText } from '../web/rich-text.tsx';
import { formToInput, numberBounds } from '../shared/validation.ts';
import {
  CONTENT_LANGUAGES,
  MARKET_STAGES,
  PRICING,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
} from '../taxonomy/taxonomy.ts';
import { Solution, SolutionInput, SolutionList, SolutionListQuery, SolutionUpdate } from '../solutions/schemas.ts';
import { presentSolution } from '../solutions/presenter.ts';
import { offerTermsProblems, solutionContent } from '../solutions/content.ts';
import { Fact, labelList, labelOf } from './components.tsx';
import type { KindPages } from './kind-pages.ts';

const ARRAY_FIELDS = ['sectors', 'spearheads', 'regionsServed', 'languages'] as const;

/** Technologies are typed as one comma-separated line; an emptied references field means none. */
function solutionFormInput(values: Record<string, unknown>): Record<string, unknown> {
  const technologies =
    typeof values.technologies === 'string'
      ? values.technologies
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  return { ...values, technologies, references: values.references ?? '' };
}

const orNull = (value: unknown) => (value === undefined || value === null ? null : value);

export const solutionPages: KindPages<'solution', Solution> = {
  content: solutionContent as KindPages<'solution', Solution>['content'],
  schemas: {
    Item: Solution,
    Input: SolutionInput,
    Update: SolutionUpdate,
    List: SolutionList,
    ListQuery: SolutionListQuery,
  },
  present: presentSolution,
  formInput: (body) => solutionFormInput(formToInput(body, ARRAY_FIELDS)),
  newValues: (locale) => ({ language: locale, classification: 'public', regionsServed: ['BE2'], languages: [locale] }),
  formValues: (solution) => ({
    ...solution,
    technologies: solution.technologies.join(', '),
    trl: solution.trl ?? undefined,
    marketStage: solution.marketStage ?? undefined,
    freeMonths: solution.freeMonths ?? undefined,
  }),
  rules: () => (input) =>
    offerTermsProblems({
      trl: orNull(input.trl) as number | null,
      market_stage: orNull(input.marketStage) as string | null,
      pricing: String(input.pricing),
      free_months: orNull(input.freeMonths) as number | null,
    }),
  fieldLabels: ({ t }) => ({
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
  }),
  Fields: ({ context: { t }, form, labels }) => {
    const common = { form, t };
    const trlOptions = Array.from({ length: 9 }, (_, i): [string, string] => [String(i + 1), `TRL ${i + 1}`]);
    return (
      <>
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
      </>
    );
  },
  Facts: ({ context: { t }, item: solution }) => {
    const maturity = solution.trl
      ? t.t('item.trl_value', { trl: solution.trl })
      : solution.marketStage
        ? labelOf(t, MARKET_STAGES, solution.marketStage)
        : t.t('common.none');
    const pricing =
      solution.pricing === 'free_period' && solution.freeMonths
        ? t.t('item.free_for_months', { months: solution.freeMonths })
        : labelOf(t, PRICING, solution.pricing);
    return (
      <>
        <Fact label={t.t('field.kind')}>{labelOf(t, SOLUTION_KINDS, solution.kind)}</Fact>
        {solution.technologies.length > 0 && (
          <Fact label={t.t('field.technologies')}>{solution.technologies.join(', ')}</Fact>
        )}
        <Fact label={t.t('field.sectors')}>{labelList(t, SECTORS, solution.sectors)}</Fact>
        <Fact label={t.t('field.spearheads')}>{labelList(t, SPEARHEADS, solution.spearheads)}</Fact>
        <Fact label={t.t('field.maturity')}>{maturity}</Fact>
        <Fact label={t.t('field.pricing')}>{pricing}</Fact>
        <Fact label={t.t('field.regions_served')}>{labelList(t, REGIONS, solution.regionsServed)}</Fact>
        <Fact label={t.t('field.languages')}>{labelList(t, CONTENT_LANGUAGES, solution.languages)}</Fact>
        {solution.references && (
          <Fact label={t.t('field.references')}>
            <RichText source={solution.references} lang={solution.language} class="references" />
          </Fact>
        )}
      </>
    );
  },
};
