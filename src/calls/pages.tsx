// Open call pages: the list with the catalogues' filters, and one call's page with its phases, questions,
// criteria, clarifications and public questions and answers (never who asked), the form to ask, and for
// those who manage it the answers to give, submission and the ambassador's review.
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { Form, TextArea, emptyForm, ErrorSummary, type FormState } from '../web/forms.tsx';
import { FacetForm, excerpt, type Facet } from '../catalogue/components.tsx';
import { REGIONS, SECTORS, SPEARHEADS } from '../taxonomy/taxonomy.ts';
import { CALL_PHASES, CALL_STATUSES, type Call } from './schemas.ts';

const dayAndTime = (t: Translator) =>
  new Intl.DateTimeFormat(t.intlLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' });
export const when = (t: Translator, instant: string) => dayAndTime(t).format(new Date(instant));
export const callTitle = (t: Translator, call: Call) =>
  t.t('calls.page_title', { kind: t.t(`calls.kind.${call.kind}` as MessageKey), challenge: call.challenge.title });

export function callFacets(t: Translator): Facet[] {
  return [
    { name: 'phase', label: 'calls.filter_phase', options: CALL_PHASES.map((p) => [p, t.t(`calls.phase.${p}`)]) },
    { name: 'sector', label: 'field.sectors', options: Object.entries(SECTORS) },
    { name: 'spearhead', label: 'field.spearheads', options: Object.entries(SPEARHEADS) },
    { name: 'region', label: 'field.region', options: Object.entries(REGIONS) },
    {
      name: 'status',
      label: 'calls.filter_status',
      options: CALL_STATUSES.map((s) => [s, t.t(`calls.status.${s}`)]),
    },
  ];
}

function stateText(t: Translator, call: Call): string {
  return call.phase ? t.t(`calls.phase.${call.phase}`) : t.t(`calls.status.${call.status}`);
}

/** Once responses have closed, the card says when they did instead of "until". */
const deadlineKey = (call: Call) =>
  call.phase && !['questions', 'responses'].includes(call.phase) ? 'calls.card_closed' : 'calls.card_deadline';

function CallCard({ call, t }: { call: Call; t: Translator }) {
  return (
    <article class="card">
      <h2 class="card-title">
        <a href={`/calls/${call.id}`}>{callTitle(t, call)}</a>
      </h2>
      <p class="card-meta">
        {t.t('catalogue.by', { organisation: call.challenge.organisation })}{' '}
        <span class="badge">{stateText(t, call)}</span>
      </p>
      <p lang={call.challenge.language}>{excerpt(call.eligibility)}</p>
      <p class="card-meta">{t.t(deadlineKey(call), { date: when(t, call.responsesUntil) })}</p>
    </article>
  );
}

export function CallsPage(props: {
  context: PageContext;
  calls: Call[];
  counts: Record<string, Record<string, number>>;
}) {
  const { context, calls, counts } = props;
  const { t } = context;
  const title = t.t('calls.title');
  return (
    <Layout context={context} title={title} description={t.t('calls.intro')}>
      <h1>{title}</h1>
      <p>{t.t('calls.intro')}</p>
      <p>
        <a href="/feeds/calls.atom" type="application/atom+xml">
          {t.t('calls.feed')}
        </a>
      </p>
      {/* Like the catalogues: filters beside the cards from the two-column width; on a phone, folded above them. */}
      <div class="catalogue calls-catalogue">
        <aside class="catalogue-filters" id="catalogue-filters" aria-label={t.t('catalogue.filters')}>
          <FacetForm facets={callFacets(t)} query={context.query} counts={counts} t={t} action="/calls" />
        </aside>
        <section class="catalogue-results" aria-labelledby="result-count">
          <p id="result-count" role="status">
            {t.plural('common.results', calls.length)}
          </p>
          {calls.length === 0 ? <p>{t.t('calls.none')}</p> : calls.map((call) => <CallCard call={call} t={t} />)}
        </section>
      </div>
    </Layout>
  );
}

function Facts({ t, call }: { t: Translator; call: Call }) {
  return (
    <dl class="facts">
      <dt>{t.t('calls.facts_organisation')}</dt>
      <dd>{call.challenge.organisation}</dd>
      <dt>{call.phase ? t.t('calls.facts_phase') : t.t('calls.facts_status')}</dt>
      <dd>{stateText(t, call)}</dd>
      <dt>{t.t('calls.questions_until')}</dt>
      <dd>{when(t, call.questionsUntil)}</dd>
      <dt>{t.t('calls.responses_until')}</dt>
      <dd>{when(t, call.responsesUntil)}</dd>
      <dt>{t.t('calls.evaluation_until')}</dt>
      <dd>{when(t, call.evaluationUntil)}</dd>
      <dt>{t.t('calls.result_date')}</dt>
      <dd>{when(t, call.resultDate)}</dd>
    </dl>
  );
}

function questionKindText(t: Translator, question: Call['questions'][number]): string {
  if (question.kind === 'text') return t.t('calls.question_kind.text', { max: question.maxLength ?? 0 });
  if (question.kind === 'choice') return t.t('calls.question_kind.choice', { options: question.options.join(', ') });
  return t.t(`calls.question_kind.${question.kind}`);
}

function Content({ t, call }: { t: Translator; call: Call }) {
  return (
    <>
      {call.eligibility && (
        <>
          <h2>{t.t('calls.eligibility')}</h2>
          <p class="description">{call.eligibility}</p>
        </>
      )}
      <p>{call.publishResult ? t.t('calls.publish_result_yes') : t.t('calls.publish_result_no')}</p>
      <h2>{t.t('calls.questionnaire')}</h2>
      <ol>
        {call.questions.map((q) => (
          <li key={q.id}>
            {q.prompt} <span class="hint">({questionKindText(t, q)})</span>
          </li>
        ))}
      </ol>
      <h2>{t.t('calls.criteria')}</h2>
      <ul>
        {call.criteria.map((c) => (
          <li key={c.id}>
            {c.name}: {t.t('calls.criterion_weight', { weight: c.weight })}
          </li>
        ))}
      </ul>
      {call.panel.length > 0 && (
        <>
          <h2>{t.t('calls.panel')}</h2>
          <ul>
            {call.panel.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </>
      )}
      {call.clarifications.length > 0 && (
        <section aria-labelledby="clarifications">
          <h2 id="clarifications">{t.t('calls.clarifications')}</h2>
          <ul>
            {call.clarifications.map((c) => (
              <li key={c.date}>
                <time datetime={c.date}>{when(t, c.date)}</time>: {c.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function PublicQuestions({ t, call }: { t: Translator; call: Call }) {
  return (
    <section aria-labelledby="qa">
      <h2 id="qa">{t.t('calls.qa')}</h2>
      {call.answeredQuestions.length === 0 ? (
        <p>{t.t('calls.qa_none')}</p>
      ) : (
        <dl class="qa">
          {call.answeredQuestions.map((q) => (
            <div key={q.id} id={`qa-${q.id}`}>
              <dt>
                {t.colon(t.t('calls.qa_question'))} {q.question}
              </dt>
              <dd>
                {t.colon(t.t('calls.qa_answer'))} {q.answer}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export interface CallPageActions {
  mayAsk: boolean;
  mayAnswer: boolean;
  mayManage: boolean;
  mayReview: boolean;
  /** False for the ambassador who drafted the call: they may only return it (four eyes). */
  mayApprove: boolean;
}

function AskForm({
  context,
  call,
  actions,
  form,
}: {
  context: PageContext;
  call: Call;
  actions: CallPageActions;
  form: FormState;
}) {
  const { t } = context;
  if (call.phase !== 'questions') return call.status === 'open' ? <p>{t.t('calls.ask_closed')}</p> : null;
  if (!context.viewer)
    return (
      <p>
        <a href={`/login?next=/calls/${call.id}`}>{t.t('calls.ask_login')}</a>
      </p>
    );
  if (!actions.mayAsk) return null;
  return (
    <section aria-labelledby="ask">
      <h2 id="ask">{t.t('calls.ask')}</h2>
      <ErrorSummary form={form} t={t} labels={{ question: t.t('calls.ask_label') }} />
      <Form action={`/calls/${call.id}/qa`} csrfToken={context.csrfToken}>
        <TextArea
          name="question"
          label={t.t('calls.ask_label')}
          hint={t.t('calls.ask_hint')}
          rows={4}
          form={form}
          t={t}
          required
        />
        <button type="submit">{t.t('calls.ask_send')}</button>
      </Form>
    </section>
  );
}

function AnswerForms({ context, call }: { context: PageContext; call: Call }) {
  const { t } = context;
  if (call.openQuestions.length === 0) return null;
  return (
    <section aria-labelledby="open-questions">
      <h2 id="open-questions">{t.t('calls.open_questions')}</h2>
      {call.openQuestions.map((q) => (
        <Form key={q.id} action={`/calls/${call.id}/qa/${q.id}/answer`} csrfToken={context.csrfToken}>
          <p id={`question-${q.id}`}>{q.question}</p>
          <div class="field">
            <label for={`answer-${q.id}`}>{t.t('calls.answer_label')}</label>
            <textarea id={`answer-${q.id}`} name="answer" rows={3} required aria-describedby={`question-${q.id}`} />
          </div>
          <button type="submit">{t.t('calls.answer_send')}</button>
        </Form>
      ))}
    </section>
  );
}

function Management({ context, call, actions }: { context: PageContext; call: Call; actions: CallPageActions }) {
  const { t } = context;
  if (!actions.mayManage) return null;
  return (
    <section aria-labelledby="manage">
      <h2 id="manage">{t.t('calls.manage')}</h2>
      {call.status === 'returned' && call.returnReason && (
        <p class="notice">{t.t('calls.returned_reason', { reason: call.returnReason })}</p>
      )}
      <p>
        <a href={`/calls/${call.id}/edit`}>{t.t('calls.edit_link')}</a>
      </p>
      {(call.status === 'draft' || call.status === 'returned') && (
        <Form action={`/calls/${call.id}/submit`} csrfToken={context.csrfToken}>
          <button type="submit">{t.t('calls.submit')}</button>
        </Form>
      )}
      {actions.mayReview && (
        <Form action={`/calls/${call.id}/review`} csrfToken={context.csrfToken} id="review">
          <fieldset>
            <legend>{t.t('calls.review_decision')}</legend>
            {actions.mayApprove ? (
              <label class="checkbox">
                <input type="radio" name="decision" value="approve" required /> {t.t('calls.review_approve')}
              </label>
            ) : (
              <p class="hint">{t.t('calls.error_own_call')}</p>
            )}
            <label class="checkbox">
              <input type="radio" name="decision" value="return" required={!actions.mayApprove} />{' '}
              {t.t('calls.review_return')}
            </label>
          </fieldset>
          <TextArea name="reason" label={t.t('calls.review_reason')} rows={3} form={emptyForm()} t={t} />
          <button type="submit">{t.t('calls.review_send')}</button>
        </Form>
      )}
    </section>
  );
}

export function CallPage(props: {
  context: PageContext;
  call: Call;
  structuredData: string | null;
  actions: CallPageActions;
  form: FormState;
  /** The published result and the panel's way in, from the evaluation (evaluation-pages.tsx). */
  evaluation?: ComponentChildren;
  /** The way to the response form for those who may respond (responses-pages.tsx). */
  respond?: ComponentChildren;
}) {
  const { context, call, structuredData, actions, form } = props;
  const { t } = context;
  const title = callTitle(t, call);
  return (
    <Layout context={context} title={title} structuredData={structuredData} description={t.t('calls.intro')}>
      <h1>{title}</h1>
      <Facts t={t} call={call} />
      <p>
        <a href={`/challenges/${call.challenge.id}`}>{t.t('calls.challenge_link')}</a>
      </p>
      <Content t={t} call={call} />
      {props.respond}
      {props.evaluation}
      <PublicQuestions t={t} call={call} />
      <AskForm context={context} call={call} actions={actions} form={form} />
      {actions.mayAnswer && <AnswerForms context={context} call={call} />}
      <Management context={context} call={call} actions={actions} />
      <p>
        <a href="/calls">{t.t('calls.back')}</a>
      </p>
    </Layout>
  );
}
