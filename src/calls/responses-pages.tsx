// The response pages: a provider's form to respond to a call (its solution, an answer per question,
// saved as a draft or submitted), its PDF files, the confirmation before withdrawing, and once the
// deadline passed the response as it was given. Errors come back at their fields with the input kept.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ErrorSummary, Form, SelectField, TextArea, TextField, type FormState } from '../web/forms.tsx';
import type { CallParts } from './service.ts';
import type { ResponseAttachmentRow, ResponseRow } from './responses-service.ts';
import { answerField } from './responses-rules.ts';
import { when } from './pages.tsx';

type Question = CallParts['questions'][number];

export interface ResponseView {
  callId: string;
  title: string;
  responsesUntil: string;
  questions: Question[];
  solutions: { id: string; title: string }[];
  response: ResponseRow | undefined;
  attachments: ResponseAttachmentRow[];
  mayChange: boolean;
}

function hintOf(t: Translator, q: Question): string {
  if (q.kind === 'text') return t.t('calls.question_kind.text', { max: q.max_length ?? 0 });
  if (q.kind === 'choice') return t.t('calls.question_kind.choice', { options: q.options.join(', ') });
  return t.t(`calls.question_kind.${q.kind}` as MessageKey);
}

function Choice({ q, form, t }: { q: Question; form: FormState; t: Translator }) {
  const name = answerField(q.id);
  const problem = form.problems.find((p) => p.field === name);
  const current = String(form.values[name] ?? '');
  return (
    <fieldset id={name} class={problem ? 'field has-error' : 'field'} aria-describedby={`${name}-hint`}>
      <legend>{q.prompt}</legend>
      <p class="hint" id={`${name}-hint`}>
        {hintOf(t, q)}
      </p>
      {problem && <p class="field-error">{t.t(problem.message, problem.params)}</p>}
      {(['yes', 'no'] as const).map((value) => (
        <label class="checkbox">
          <input type="radio" name={name} value={value} checked={current === value} /> {t.t(`calls.response_${value}`)}
        </label>
      ))}
    </fieldset>
  );
}

function PriceRange({ q, form, t }: { q: Question; form: FormState; t: Translator }) {
  const name = answerField(q.id);
  const problem = form.problems.find((p) => p.field === name);
  const sub = { ...form, problems: [] };
  return (
    <fieldset class={problem ? 'field has-error' : 'field'}>
      <legend>{q.prompt}</legend>
      {problem && (
        <p class="field-error" id={`${name}-error`}>
          {t.t(problem.message, problem.params)}
        </p>
      )}
      <TextField name={name} type="number" label={t.t('calls.response_price_from')} form={sub} t={t} />
      <TextField name={`${name}-to`} type="number" label={t.t('calls.response_price_to')} form={sub} t={t} />
    </fieldset>
  );
}

function AnswerField({ q, form, t }: { q: Question; form: FormState; t: Translator }) {
  const name = answerField(q.id);
  if (q.kind === 'text')
    return <TextArea name={name} label={q.prompt} hint={hintOf(t, q)} rows={6} form={form} t={t} />;
  if (q.kind === 'choice')
    return (
      <SelectField
        name={name}
        label={q.prompt}
        hint={hintOf(t, q)}
        options={q.options.map((o) => [o, o] as [string, string])}
        allowEmpty
        form={form}
        t={t}
      />
    );
  return q.kind === 'yes_no' ? <Choice q={q} form={form} t={t} /> : <PriceRange q={q} form={form} t={t} />;
}

function labelsOf(t: Translator, view: ResponseView): Record<string, string> {
  return {
    solution: t.t('calls.response_solution'),
    files: t.t('calls.response_files'),
    answers: t.t('calls.response_answers'),
    ...Object.fromEntries(view.questions.map((q) => [answerField(q.id), q.prompt])),
  };
}

function ResponseForm({ context, view, form }: { context: PageContext; view: ResponseView; form: FormState }) {
  const { t } = context;
  const submitted = view.response?.status === 'submitted';
  return (
    <Form action={`/calls/${view.callId}/response`} csrfToken={context.csrfToken}>
      <SelectField
        name="solution"
        label={t.t('calls.response_solution')}
        options={view.solutions.map((s) => [s.id, s.title] as [string, string])}
        required
        form={form}
        t={t}
      />
      <h2>{t.t('calls.response_answers')}</h2>
      {view.questions.map((q) => (
        <AnswerField q={q} form={form} t={t} />
      ))}
      <div class="actions">
        {!submitted && (
          <button type="submit" name="intent" value="draft" class="secondary">
            {t.t('calls.response_save')}
          </button>
        )}
        <button type="submit" name="intent" value={submitted ? 'draft' : 'submit'}>
          {t.t(submitted ? 'calls.response_save_submitted' : 'calls.response_submit')}
        </button>
      </div>
    </Form>
  );
}

function Files({ context, view }: { context: PageContext; view: ResponseView }) {
  const { t } = context;
  const saved = view.response && view.response.status !== 'withdrawn';
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">{t.t('calls.response_files')}</h2>
      {view.attachments.length === 0 && <p>{t.t('calls.response_files_none')}</p>}
      <ul>
        {view.attachments.map((f) => (
          <li>
            <a href={`/call-response-attachments/${f.id}`}>{f.name}</a>
            {view.mayChange && (
              <Form action={`/calls/${view.callId}/response/attachments/${f.id}/remove`} csrfToken={context.csrfToken}>
                <button type="submit" class="secondary">
                  {t.t('calls.response_remove_file', { name: f.name })}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {view.mayChange && !saved && <p>{t.t('calls.response_files_first')}</p>}
      {view.mayChange && saved && (
        <form
          method="post"
          action={`/calls/${view.callId}/response/attachments`}
          enctype="multipart/form-data"
          novalidate
        >
          <input type="hidden" name="_csrf" value={context.csrfToken} />
          <div class="field">
            <label for="files">{t.t('calls.response_files')}</label>
            <p class="hint" id="files-hint">
              {t.t('calls.response_files_hint')}
            </p>
            <input
              id="files"
              name="files"
              type="file"
              accept="application/pdf"
              multiple
              aria-describedby="files-hint"
            />
          </div>
          <button type="submit" class="secondary">
            {t.t('calls.response_attach')}
          </button>
        </form>
      )}
    </section>
  );
}

function GivenAnswers({ t, view, form }: { t: Translator; view: ResponseView; form: FormState }) {
  const shown = (q: Question) => {
    const value = form.values[answerField(q.id)];
    if (q.kind === 'yes_no' && value) return t.t(`calls.response_${value as 'yes' | 'no'}`);
    if (q.kind === 'price_range' && value) return `${value} – ${form.values[`${answerField(q.id)}-to`] ?? ''} €`;
    return String(value ?? '—');
  };
  return (
    <dl>
      {view.questions.map((q) => (
        <>
          <dt>{q.prompt}</dt>
          <dd>{shown(q)}</dd>
        </>
      ))}
    </dl>
  );
}

export function ResponsePage({ context, view, form }: { context: PageContext; view: ResponseView; form: FormState }) {
  const { t } = context;
  const title = t.t('calls.response_title', { challenge: view.title });
  const status = view.response?.status ?? 'none';
  const open = view.mayChange && status !== 'withdrawn';
  return (
    <Layout context={context} title={title}>
      <ErrorSummary form={form} t={t} labels={labelsOf(t, view)} />
      <h1>{title}</h1>
      <p>
        {view.mayChange
          ? t.t('calls.response_deadline', { date: when(t, view.responsesUntil) })
          : t.t('calls.response_closed')}
      </p>
      <p>{t.t('calls.response_sealed')}</p>
      <dl>
        <dt>{t.t('calls.response_status')}</dt>
        <dd>{t.t(`calls.response_status.${status}`)}</dd>
      </dl>
      {view.mayChange && view.solutions.length === 0 ? (
        <p>
          {t.t('calls.response_no_solution')} <a href="/solutions/new">{t.t('calls.response_post_solution')}</a>
        </p>
      ) : view.mayChange ? (
        <ResponseForm context={context} view={view} form={form} />
      ) : (
        <GivenAnswers t={t} view={view} form={form} />
      )}
      <Files context={context} view={view} />
      {open && view.response && (
        <p>
          <a href={`/calls/${view.callId}/response/withdraw`}>{t.t('calls.response_withdraw')}</a>
        </p>
      )}
      <p>
        <a href={`/calls/${view.callId}`}>{t.t('calls.back')}</a>
      </p>
    </Layout>
  );
}

export function WithdrawPage({ context, view }: { context: PageContext; view: ResponseView }) {
  const { t } = context;
  const title = t.t('calls.response_withdraw');
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{view.title}</p>
      <p>{t.t('calls.response_withdraw_question')}</p>
      <Form action={`/calls/${view.callId}/response/withdraw`} csrfToken={context.csrfToken}>
        <button type="submit">{t.t('calls.response_withdraw_confirm')}</button>
      </Form>
      <p>
        <a href={`/calls/${view.callId}/response`}>{t.t('calls.response_back')}</a>
      </p>
    </Layout>
  );
}

/** On a call's page: the way to the response form while the viewer may respond, to their response after. */
export function RespondSection(props: { t: Translator; callId: string; responsesUntil: string; open: boolean }) {
  const { t, callId, responsesUntil, open } = props;
  return (
    <section aria-labelledby="respond-heading">
      <h2 id="respond-heading">{t.t('calls.respond_heading')}</h2>
      {open && <p>{t.t('calls.respond_intro', { date: when(t, responsesUntil) })}</p>}
      <p>
        <a class="button" href={`/calls/${callId}/response`}>
          {t.t(open ? 'calls.respond_start' : 'calls.respond_view')}
        </a>
      </p>
    </section>
  );
}
