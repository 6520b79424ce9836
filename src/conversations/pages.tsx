// The conversation page of a match: the messages with author, organisation and time, new ones
// marked, a report form under each message of others, a hide button for the ambassador, and the
// form to write. Everything works without JavaScript; texts are escaped by preact.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField, ErrorSummary, TextArea, type FormState } from '../web/forms.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MatchRecord } from '../matches/schemas.ts';
import type { Message } from './schemas.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';
import { MessageText } from './message-text.tsx';

export interface ConversationView {
  items: Message[];
  open: boolean;
  yourSide: 'challenge' | 'solution' | 'curator';
}

function timeOf(t: Translator, iso: string): string {
  return new Intl.DateTimeFormat(t.intlLocale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

function MessageBody({ t, message }: { t: Translator; message: Message }) {
  if (message.shown === 'erased') return <p class="hint">{t.t('conversation.erased')}</p>;
  if (message.shown === 'hidden' || message.text === null) return <p class="hint">{t.t('conversation.hidden')}</p>;
  return <MessageText text={message.text} />;
}

function ReportForm({ context, message }: { context: PageContext; message: Message }) {
  const { t } = context;
  const field = `reason-${message.id}`;
  return (
    <details>
      <summary>{t.t('conversation.report')}</summary>
      <form method="post" action={`/conversation-messages/${message.id}/report`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <div class="field">
          <label for={field}>{t.t('conversation.report_reason')}</label>
          <p class="hint" id={`${field}-hint`}>
            {t.t('conversation.report_hint')}
          </p>
          <textarea
            id={field}
            name="reason"
            rows={2}
            required
            minLength={3}
            maxLength={1000}
            aria-describedby={`${field}-hint`}
          ></textarea>
        </div>
        <button type="submit" class="secondary">
          {t.t('conversation.report_send')}
        </button>
      </form>
    </details>
  );
}

/** Hiding cannot be undone, so it is asked for with an explicit confirmation. */
function HideForm({ context, message, unconfirmed }: { context: PageContext; message: Message; unconfirmed: boolean }) {
  const { t } = context;
  const field = `confirm-${message.id}`;
  return (
    <details open={unconfirmed}>
      <summary>{t.t('conversation.hide')}</summary>
      <form method="post" action={`/conversation-messages/${message.id}/hide`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <p class="hint">{t.t('conversation.hide_hint')}</p>
        {unconfirmed && (
          <p class="field-error" id={`${field}-error`}>
            {t.t('conversation.hide_confirm_missing')}
          </p>
        )}
        <div class="field checkbox">
          <input
            type="checkbox"
            id={field}
            name="confirm"
            value="yes"
            required
            aria-describedby={unconfirmed ? `${field}-error` : undefined}
          />
          <label for={field}>{t.t('conversation.hide_confirm')}</label>
        </div>
        <button type="submit" class="danger">
          {t.t('conversation.hide_send')}
        </button>
      </form>
    </details>
  );
}

function MessageItem({
  context,
  message,
  side,
  unconfirmed,
}: {
  context: PageContext;
  message: Message;
  side: string;
  unconfirmed: boolean;
}) {
  const { t } = context;
  const from = message.side === 'curator' ? t.t('conversation.ambassador') : message.organisation;
  return (
    <li id={`message-${message.id}`}>
      <article class="message" aria-labelledby={`message-${message.id}-author`}>
        <p>
          <strong id={`message-${message.id}-author`}>{message.author}</strong>
          {from && <> ({from})</>} · <time datetime={message.createdAt}>{timeOf(t, message.createdAt)}</time>
          {message.unread && <strong class="badge"> {t.t('conversation.new')}</strong>}
        </p>
        {message.toAllMatches && <p class="hint">{t.t('conversation.to_all')}</p>}
        <MessageBody t={t} message={message} />
        {message.reports && message.reports.length > 0 && (
          <details>
            <summary>{t.t('conversation.reported_count', { count: t.number(message.reports.length) })}</summary>
            <ul>
              {message.reports.map((reason) => (
                <li>{reason}</li>
              ))}
            </ul>
          </details>
        )}
        {!message.yours && message.shown === 'visible' && <ReportForm context={context} message={message} />}
        {side === 'curator' && message.shown === 'visible' && (
          <HideForm context={context} message={message} unconfirmed={unconfirmed} />
        )}
      </article>
    </li>
  );
}

function WriteForm({ context, matchId, form }: { context: PageContext; matchId: string; form: FormState }) {
  const { t } = context;
  return (
    <section aria-labelledby="write-heading">
      <h2 id="write-heading">{t.t('conversation.write')}</h2>
      <ErrorSummary form={form} t={t} labels={{ body: t.t('conversation.body') }} />
      <form method="post" action={`/matches/${matchId}/conversation/messages`} novalidate>
        <CsrfField token={context.csrfToken} />
        <TextArea
          name="body"
          label={t.t('conversation.body')}
          hint={t.t('conversation.body_hint', { max: t.number(MAX_MESSAGE_LENGTH) })}
          form={form}
          t={t}
          rows={5}
          required
        />
        <button type="submit">{t.t('conversation.send')}</button>
      </form>
    </section>
  );
}

export function ConversationPage({
  context,
  match,
  conversation,
  form,
  challengeId,
}: {
  context: PageContext;
  match: MatchRecord;
  conversation: ConversationView;
  form: FormState;
  challengeId: string;
}) {
  const { t } = context;
  const title = t.t('conversation.title', { challenge: match.challenge.title, solution: match.solution.title });
  const isHiding = (p: FormState['problems'][number]) => p.field.startsWith('confirm-');
  const hiding = { values: {}, problems: form.problems.filter(isHiding) };
  const writing = { ...form, problems: form.problems.filter((p) => !isHiding(p)) };
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <ErrorSummary
        form={hiding}
        t={t}
        labels={Object.fromEntries(hiding.problems.map((p) => [p.field, t.t('conversation.hide')]))}
      />
      <p>
        <a href={`/matches/${match.id}`}>{t.t('conversation.back')}</a>
        {conversation.yourSide === 'curator' && (
          <>
            {' · '}
            <a href={`/challenges/${challengeId}/conversation-messages`}>{t.t('conversation.to_all_link')}</a>
          </>
        )}
      </p>
      <p>{t.t('conversation.intro')}</p>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t.t('conversation.messages')}</h2>
        {conversation.items.length === 0 ? (
          <p>{t.t('conversation.empty')}</p>
        ) : (
          <ol class="messages">
            {conversation.items.map((message) => (
              <MessageItem
                context={context}
                message={message}
                side={conversation.yourSide}
                unconfirmed={hiding.problems.some((p) => p.field === `confirm-${message.id}`)}
              />
            ))}
          </ol>
        )}
      </section>
      {conversation.open ? (
        <WriteForm context={context} matchId={match.id} form={writing} />
      ) : (
        <p>{t.t('conversation.closed')}</p>
      )}
    </Layout>
  );
}

/** The curating ambassador's form for one message to all parties of a challenge's accepted matches. */
export function ToAllPage({
  context,
  challenge,
  count,
  form,
}: {
  context: PageContext;
  challenge: { id: string; title: string };
  count: number;
  form: FormState;
}) {
  const { t } = context;
  const title = t.t('conversation.to_all_title', { challenge: challenge.title });
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/challenges/${challenge.id}`}>{challenge.title}</a>
      </p>
      {count === 0 ? (
        <p>{t.t('conversation.to_all_none')}</p>
      ) : (
        <>
          <p>{t.t('conversation.to_all_intro', { count: t.number(count) })}</p>
          <ErrorSummary form={form} t={t} labels={{ body: t.t('conversation.body') }} />
          <form method="post" action={`/challenges/${challenge.id}/conversation-messages`} novalidate>
            <CsrfField token={context.csrfToken} />
            <TextArea
              name="body"
              label={t.t('conversation.body')}
              hint={t.t('conversation.body_hint', { max: t.number(MAX_MESSAGE_LENGTH) })}
              form={form}
              t={t}
              rows={5}
              required
            />
            <button type="submit">{t.t('conversation.send')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
