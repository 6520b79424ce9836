// The form to draft or change an open call: kind, phase ends as Brussels datetime-local fields,
// eligibility, up to six questions and five criteria in fixed rows (so it works without JavaScript), the
// panel as checkboxes, whether the result is published, and once open a clarification.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Translator } from '../i18n/translator.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../web/forms.tsx';
import { CALL_KINDS, QUESTION_KINDS } from './schemas.ts';

export const QUESTION_ROWS = 6;
export const CRITERION_ROWS = 5;

function Problem({ form, field, t }: { form: FormState; field: string; t: Translator }) {
  const problems = form.problems.filter((p) => p.field === field);
  return problems.map((p) => (
    <p class="field-error" id={`${field}-error`}>
      {t.t(p.message, p.params)}
    </p>
  ));
}

function Questions({ form, t }: { form: FormState; t: Translator }) {
  const kinds = QUESTION_KINDS.map((k): [string, string] => [k, t.t(`calls.question_kind_name.${k}`)]);
  const invalid = form.problems.some((p) => p.field === 'questions');
  return (
    <fieldset
      id="questions"
      class={invalid ? 'field has-error' : 'field'}
      aria-describedby={invalid ? 'questions-error' : undefined}
    >
      <legend>{t.t('calls.field_questions')}</legend>
      <Problem form={form} field="questions" t={t} />
      {Array.from({ length: QUESTION_ROWS }, (_, n) => {
        const number = n + 1;
        return (
          <div class="question-row">
            <TextField
              name={`q${number}Prompt`}
              label={t.t('calls.field_question_prompt', { number })}
              form={form}
              t={t}
              maxLength={500}
            />
            <SelectField
              name={`q${number}Kind`}
              label={t.t('calls.field_question_kind', { number })}
              options={kinds}
              form={form}
              t={t}
            />
            <TextField
              name={`q${number}MaxLength`}
              label={t.t('calls.field_max_length', { number })}
              type="number"
              form={form}
              t={t}
            />
            <TextArea
              name={`q${number}Options`}
              label={t.t('calls.field_options', { number })}
              rows={3}
              form={form}
              t={t}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

function Criteria({ form, t }: { form: FormState; t: Translator }) {
  const invalid = form.problems.some((p) => p.field === 'criteria');
  return (
    <fieldset
      id="criteria"
      class={invalid ? 'field has-error' : 'field'}
      aria-describedby={invalid ? 'criteria-error' : undefined}
    >
      <legend>{t.t('calls.field_criteria')}</legend>
      <Problem form={form} field="criteria" t={t} />
      {Array.from({ length: CRITERION_ROWS }, (_, n) => {
        const number = n + 1;
        return (
          <div class="criterion-row">
            <TextField
              name={`c${number}Name`}
              label={t.t('calls.field_criterion_name', { number })}
              form={form}
              t={t}
              maxLength={200}
            />
            <TextField
              name={`c${number}Weight`}
              label={t.t('calls.field_criterion_weight', { number })}
              type="number"
              form={form}
              t={t}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

function Panel({
  form,
  t,
  candidates,
}: {
  form: FormState;
  t: Translator;
  candidates: { id: string; display_name: string }[];
}) {
  const raw = form.values.panel;
  const chosen = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String));
  const invalid = form.problems.some((p) => p.field === 'panel');
  return (
    <fieldset
      id="panel"
      class={invalid ? 'field has-error' : 'field'}
      aria-describedby={invalid ? 'panel-error' : undefined}
    >
      <legend>{t.t('calls.field_panel')}</legend>
      <Problem form={form} field="panel" t={t} />
      <div class="checkbox-grid">
        {candidates.map((person) => (
          <label class="checkbox">
            <input type="checkbox" name="panel" value={person.id} checked={chosen.has(person.id)} />{' '}
            {person.display_name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CallFormPage(props: {
  context: PageContext;
  action: string;
  title: string;
  open: boolean;
  candidates: { id: string; display_name: string }[];
  form: FormState;
}) {
  const { context, action, title, open, candidates, form } = props;
  const { t } = context;
  const labels: Record<string, string> = {
    kind: t.t('calls.field_kind'),
    questionsUntil: t.t('calls.questions_until'),
    responsesUntil: t.t('calls.responses_until'),
    evaluationUntil: t.t('calls.evaluation_until'),
    resultDate: t.t('calls.result_date'),
    eligibility: t.t('calls.field_eligibility'),
    questions: t.t('calls.field_questions'),
    criteria: t.t('calls.field_criteria'),
    panel: t.t('calls.field_panel'),
    clarification: t.t('calls.field_clarification'),
  };
  const kinds = CALL_KINDS.map((k): [string, string] => [k, t.t(`calls.kind.${k}`)]);
  const hint = t.t('calls.field_times_hint');
  const time = (name: keyof typeof labels) => (
    <TextField
      name={name}
      label={labels[name] as string}
      hint={hint}
      type="datetime-local"
      form={form}
      t={t}
      required
    />
  );
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={action} novalidate>
        <CsrfField token={context.csrfToken} />
        {open && (
          <TextArea
            name="clarification"
            label={labels.clarification as string}
            hint={t.t('calls.field_clarification_hint')}
            rows={3}
            form={form}
            t={t}
            required
          />
        )}
        <SelectField name="kind" label={labels.kind as string} options={kinds} form={form} t={t} required />
        {time('questionsUntil')}
        {time('responsesUntil')}
        {time('evaluationUntil')}
        {time('resultDate')}
        <TextArea name="eligibility" label={labels.eligibility as string} rows={4} form={form} t={t} />
        <Questions form={form} t={t} />
        <Criteria form={form} t={t} />
        <Panel form={form} t={t} candidates={candidates} />
        <label class="checkbox">
          <input type="checkbox" name="publishResult" value="true" checked={form.values.publishResult === 'true'} />{' '}
          {t.t('calls.field_publish_result')}
        </label>
        <button type="submit">{t.t('calls.form_save')}</button>
      </form>
    </Layout>
  );
}
