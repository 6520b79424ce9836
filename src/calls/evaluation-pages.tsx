// The evaluation pages of a call: the panel member's declaration first, then (after the deadline) a
// scoring form per response with every member's scores, the weighted totals and their spread as a chart
// and a table; for the deciding manager the decision form and its confirmation step.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Translator } from '../i18n/translator.ts';
import { ErrorSummary, Form, SelectField, TextArea, type FormState } from '../web/forms.tsx';
import { HorizontalBarChart } from '../indicators/charts.tsx';
import { when } from './pages.tsx';
import { DECISIONS, type Decision, type Evaluation } from './evaluation-schemas.ts';

export interface CallHeading {
  id: string;
  challengeTitle: string;
  responsesUntil: string;
}

type Response = Evaluation['responses'][number];
const SCORES: [string, string][] = Array.from({ length: 11 }, (_, n) => [String(n), String(n)]);
const figure = (t: Translator, value: number | null) =>
  value === null ? '–' : t.number(value, { maximumFractionDigits: 1 });

export const scoreField = (index: number, criterion: number) => `r${index}-score${criterion}`;
export const commentField = (index: number, criterion: number) => `r${index}-comment${criterion}`;
export const decisionField = (index: number) => `d${index}`;
export const reasonsField = (index: number) => `why${index}`;

export function DeclarationForm({ context, call, form }: { context: PageContext; call: CallHeading; form: FormState }) {
  const { t } = context;
  return (
    <section aria-labelledby="declaration">
      <h2 id="declaration">{t.t('calls.declaration_heading')}</h2>
      <p>{t.t('calls.declaration_intro')}</p>
      <ErrorSummary form={form} t={t} labels={{ conflict: t.t('calls.declaration_field') }} />
      <Form action={`/calls/${call.id}/evaluation/declaration`} csrfToken={context.csrfToken}>
        <fieldset id="conflict">
          <legend>{t.t('calls.declaration_field')}</legend>
          {(['none', 'conflict'] as const).map((value) => (
            <label class="checkbox">
              <input type="radio" name="conflict" value={value} required /> {t.t(`calls.conflict.${value}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.t('calls.declare')}</button>
      </Form>
    </section>
  );
}

function MemberScores(props: { t: Translator; evaluation: Evaluation; response: Response; index: number }) {
  const { t, evaluation, response, index } = props;
  if (response.scores.length === 0) return null;
  const name = new Map(evaluation.criteria.map((c) => [c.id, c.name]));
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby={`scores-${index}`}>
      <table>
        <caption id={`scores-${index}`}>{t.t('calls.scores_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('calls.column.member')}</th>
            <th scope="col">{t.t('calls.criteria')}</th>
            <th scope="col">{t.t('calls.column.total')}</th>
          </tr>
        </thead>
        <tbody>
          {response.scores.map((s) => (
            <tr>
              <td>{s.member}</td>
              <td>
                {t.colon(name.get(s.criterionId) ?? '')} {s.score}/10 — {s.comment}
              </td>
              <td>{figure(t, response.totals.find((x) => x.member === s.member)?.total ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ScoreForm(props: {
  context: PageContext;
  evaluation: Evaluation;
  index: number;
  response: Response;
  form: FormState;
}) {
  const { context, evaluation, index, response, form } = props;
  const { t } = context;
  const labels: Record<string, string> = {};
  evaluation.criteria.forEach((c, n) => {
    labels[scoreField(index, n)] = t.t('calls.score_field', { criterion: c.name, weight: c.weight });
    labels[commentField(index, n)] = t.t('calls.comment_field', { criterion: c.name });
  });
  return (
    <Form action={`/calls/${evaluation.callId}/evaluation/scores/${response.id}`} csrfToken={context.csrfToken}>
      <ErrorSummary form={form} t={t} labels={labels} />
      {evaluation.criteria.map((_, n) => (
        <>
          <SelectField
            name={scoreField(index, n)}
            label={labels[scoreField(index, n)] ?? ''}
            form={form}
            t={t}
            options={SCORES}
            required
          />
          <TextArea
            name={commentField(index, n)}
            label={labels[commentField(index, n)] ?? ''}
            form={form}
            t={t}
            rows={3}
            required
          />
        </>
      ))}
      <button type="submit">{t.t('calls.save_scores')}</button>
    </Form>
  );
}

function Totals({ t, evaluation }: { t: Translator; evaluation: Evaluation }) {
  // A response nobody has fully scored yet has no total: the chart leaves it out rather than draw a zero.
  const scored = evaluation.responses.filter((r) => r.mean !== null);
  return (
    <section aria-labelledby="totals">
      <h2 id="totals">{t.t('calls.totals_heading')}</h2>
      {scored.length > 0 && (
        <HorizontalBarChart
          id="call-totals"
          title={t.t('calls.totals_chart')}
          description={t.t('calls.totals_chart_description')}
          categories={scored.map((r) => r.organisation)}
          values={scored.map((r) => r.mean ?? 0)}
          format={(value) => figure(t, value)}
        />
      )}
      <section class="table-scroll" tabindex={0} aria-labelledby="totals-caption">
        <table>
          <caption id="totals-caption">{t.t('calls.totals_chart')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('calls.column.response')}</th>
              <th scope="col">{t.t('calls.column.mean')}</th>
              <th scope="col">{t.t('calls.column.range')}</th>
              <th scope="col">{t.t('calls.column.deviation')}</th>
              <th scope="col">{t.t('calls.column.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.responses.map((r) => (
              <tr>
                <th scope="row">{r.organisation}</th>
                <td>{figure(t, r.mean)}</td>
                <td>{r.min === null ? '–' : `${figure(t, r.min)}–${figure(t, r.max)}`}</td>
                <td>{figure(t, r.standardDeviation)}</td>
                <td>{r.decision ? t.t(`calls.decision.${r.decision}`) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

type ResponseFigures = Evaluation['responses'][number];

function answerText(t: Translator, a: ResponseFigures['answers'][number]): string {
  if (a.kind === 'yes_no' && a.yesNo !== null) return t.t(a.yesNo ? 'calls.response_yes' : 'calls.response_no');
  if (a.kind === 'price_range' && a.priceFrom !== null) return `${a.priceFrom} – ${a.priceTo ?? ''} €`;
  return a.text ?? '—';
}

/** The answers and files the panel reads before scoring. */
function ResponseContent({ t, response }: { t: Translator; response: ResponseFigures }) {
  return (
    <>
      <dl class="response-answers">
        {response.answers.map((a) => (
          <>
            <dt>{a.question}</dt>
            <dd>{answerText(t, a)}</dd>
          </>
        ))}
      </dl>
      {response.files.length > 0 && (
        <ul class="response-files">
          {response.files.map((f) => (
            <li>
              <a href={`/call-response-attachments/${f.id}`}>{f.name}</a> ({Math.ceil(f.size / 1024)} kB, PDF)
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Scoring(props: { context: PageContext; evaluation: Evaluation; forms: Map<string, FormState> }) {
  const { context, evaluation, forms } = props;
  const { t } = context;
  if (evaluation.responses.length === 0) return <p>{t.t('calls.no_responses')}</p>;
  return (
    <>
      {evaluation.responses.map((response, index) => (
        <section aria-labelledby={`response-${index}`}>
          <h2 id={`response-${index}`}>
            {t.t('calls.response_heading', { organisation: response.organisation, solution: response.solution.title })}
          </h2>
          <ResponseContent t={t} response={response} />
          <MemberScores t={t} evaluation={evaluation} response={response} index={index} />
          {!evaluation.decidedAt && (
            <ScoreForm
              context={context}
              evaluation={evaluation}
              index={index}
              response={response}
              form={forms.get(response.id) ?? { values: {}, problems: [] }}
            />
          )}
        </section>
      ))}
      <Totals t={t} evaluation={evaluation} />
    </>
  );
}

export type EvaluationState =
  | { step: 'declare'; form: FormState }
  | { step: 'excused' }
  | { step: 'evaluate'; evaluation: Evaluation; forms: Map<string, FormState> };

export function EvaluationPage({
  context,
  call,
  state,
}: {
  context: PageContext;
  call: CallHeading;
  state: EvaluationState;
}) {
  const { t } = context;
  const title = t.t('calls.evaluation_title', { challenge: call.challengeTitle });
  const evaluation = state.step === 'evaluate' ? state.evaluation : null;
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/calls/${call.id}`}>{call.challengeTitle}</a>
      </p>
      {state.step === 'declare' && <DeclarationForm context={context} call={call} form={state.form} />}
      {state.step === 'excused' && <p>{t.t('calls.excused')}</p>}
      {evaluation?.sealed && <p>{t.t('calls.sealed', { date: when(t, call.responsesUntil) })}</p>}
      {evaluation?.decidedAt && <p>{t.t('calls.decided', { date: when(t, evaluation.decidedAt) })}</p>}
      {evaluation && !evaluation.sealed && state.step === 'evaluate' && (
        <Scoring context={context} evaluation={evaluation} forms={state.forms} />
      )}
      {evaluation?.mayDecide && !evaluation.sealed && !evaluation.decidedAt && evaluation.responses.length > 0 && (
        <p>
          <a href={`/calls/${call.id}/decision`}>{t.t('calls.decision_link')}</a>
        </p>
      )}
    </Layout>
  );
}

export function DecisionPage(props: {
  context: PageContext;
  call: CallHeading;
  evaluation: Evaluation;
  form: FormState;
}) {
  const { context, call, evaluation, form } = props;
  const { t } = context;
  const title = t.t('calls.decision_title', { challenge: call.challengeTitle });
  const labels: Record<string, string> = {};
  evaluation.responses.forEach((r, i) => {
    labels[decisionField(i)] = t.t('calls.decision_field', { organisation: r.organisation });
    labels[reasonsField(i)] = t.t('calls.reasons_field', { organisation: r.organisation });
  });
  const options: [string, string][] = DECISIONS.map((d) => [d, t.t(`calls.decision.${d}`)]);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t('calls.decision_intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action={`/calls/${call.id}/decision`} csrfToken={context.csrfToken}>
        {evaluation.responses.map((r, i) => (
          <fieldset>
            <legend>
              {t.t('calls.response_heading', { organisation: r.organisation, solution: r.solution.title })} ·{' '}
              {t.t('calls.column.mean')} {figure(t, r.mean)}
            </legend>
            <SelectField
              name={decisionField(i)}
              label={labels[decisionField(i)] ?? ''}
              form={form}
              t={t}
              options={options}
              required
            />
            <TextArea
              name={reasonsField(i)}
              label={labels[reasonsField(i)] ?? ''}
              form={form}
              t={t}
              rows={3}
              required
            />
          </fieldset>
        ))}
        <button type="submit">{t.t('calls.save_decision')}</button>
      </Form>
    </Layout>
  );
}

export function ConfirmDecisionPage({
  context,
  call,
  evaluation,
}: {
  context: PageContext;
  call: CallHeading;
  evaluation: Evaluation;
}) {
  const { t } = context;
  const title = t.t('calls.confirm_title');
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t('calls.confirm_intro')}</p>
      <section class="table-scroll" tabindex={0} aria-labelledby="confirm-caption">
        <table>
          <caption id="confirm-caption">{t.t('calls.decision_title', { challenge: call.challengeTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('calls.column.response')}</th>
              <th scope="col">{t.t('calls.column.decision')}</th>
              <th scope="col">{t.t('calls.column.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.responses.map((r) => (
              <tr>
                <th scope="row">{r.organisation}</th>
                <td>{r.decision ? t.t(`calls.decision.${r.decision}`) : '–'}</td>
                <td>{r.reasons ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Form action={`/calls/${call.id}/decision/confirm`} csrfToken={context.csrfToken}>
        <button type="submit">{t.t('calls.confirm')}</button>
      </Form>
      <p>
        <a href={`/calls/${call.id}/decision`}>{t.t('calls.change_decision')}</a>
      </p>
    </Layout>
  );
}

/** On the call's page: the way in for its panel, and the published result once decided (what was chosen, why). */
export function CallEvaluation(props: {
  t: Translator;
  callId: string;
  onPanel: boolean;
  result: { solution_title: string; decision: Decision | null; decision_reasons: string | null }[];
}) {
  const { t, callId, onPanel, result } = props;
  return (
    <>
      {onPanel && (
        <p>
          <a href={`/calls/${callId}/evaluation`}>{t.t('calls.evaluation_link')}</a>
        </p>
      )}
      {result.length > 0 && (
        <section aria-labelledby="result">
          <h2 id="result">{t.t('calls.result_heading')}</h2>
          <ul>
            {result.map((r) => (
              <li>
                {r.solution_title}: {t.t(`calls.decision.${r.decision ?? 'no_award'}`)} — {r.decision_reasons}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
