// The conversation page of a match: the messages with author, organisation and time, new ones
// marked, a report form under each message of others, a hide button for the ambassador, and the
// form to write. Everything works without JavaScript; texts are escaped by preact.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField, ErrorSummary, TextArea, type FormState } from '../web/forms.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MatchRecord } from '../matches/schemas.ts';
import { MEDIA_EXTENSIONS, megabytes } from '../attachments/policy.ts';
import type { Attachment, Message } from './schemas.ts';
import { MAX_MESSAGE_LENGTH, MESSAGE_ATTACHMENTS } from './limits.ts';
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

function sizeOf(t: Translator, bytes: number): string {
  if (bytes < 1024 * 1024) return `${t.number(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${t.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
}

/** Files are only downloaded (the link says so), never shown in the page. */
function AttachmentList({ t, message }: { t: Translator; message: Message }) {
  if (message.attachments.length === 0) return null;
  const label = (file: Attachment) =>
    t.t('conversation.download', {
      name: file.name,
      type: MEDIA_EXTENSIONS[file.mediaType].toUpperCase(),
      size: sizeOf(t, file.size),
    });
  return (
    <ul class="attachments" aria-label={t.t('conversation.attachments')}>
      {message.attachments.map((file) => (
        <li>
          <a href={`/conversation-attachments/${file.id}`} download={file.name}>
            {label(file)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function MessageBody({ t, message }: { t: Translator; message: Message }) {
  if (message.shown === 'erased') return <p class="hint">{t.t('conversation.erased')}</p>;
  if (message.shown === 'hidden' || message.text === null) return <p class="hint">{t.t('conversation.hidden')}</p>;
  return (
    <>
      <MessageText text={message.text} />
      <AttachmentList t={t} message={message} />
    </>
  );
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

function FilesField({ t, form }: { t: Translator; form: FormState }) {
  const problems = form.problems.filter((p) => p.field === 'files');
  const { maxFiles, maxBytes, types } = MESSAGE_ATTACHMENTS;
  return (
    <div class="field">
      <label for="files">{t.t('conversation.files')}</label>
      <p class="hint" id="files-hint">
        {t.t('conversation.files_hint', { count: t.number(maxFiles), max: t.number(megabytes(maxBytes)) })}
      </p>
      {problems.length > 0 && (
        <ul class="field-error" id="files-error">
          {problems.map((problem) => (
            <li>{t.t(problem.message, problem.params)}</li>
          ))}
        </ul>
      )}
      <input
        type="file"
        id="files"
        name="files"
        multiple
        accept={types.join(',')}
        aria-describedby={problems.length ? 'files-hint files-error' : 'files-hint'}
        aria-invalid={problems.length ? 'true' : undefined}
      />
    </div>
  );
}

/** The form a message is written in: in a conversation with files, to all matches without. */
function MessageForm({
  context,
  action,
  form,
  withFiles,
}: {
  context: PageContext;
  action: string;
  form: FormState;
  withFiles: boolean;
}) {
  const { t } = context;
  const labels = { body: t.t('conversation.body'), files: t.t('conversation.files') };
  return (
    <>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={action} novalidate enctype={withFiles ? 'multipart/form-data' : undefined}>
        <CsrfField token={context.csrfToken} />
        <TextArea
          name="body"
          label={labels.body}
          hint={t.t('conversation.body_hint', { max: t.number(MAX_MESSAGE_LENGTH) })}
          form={form}
          t={t}
          rows={5}
          required
        />
        {withFiles && <FilesField t={t} form={form} />}
        <button type="submit">{t.t('conversation.send')}</button>
      </form>
    </>
  );
}

function WriteForm({ context, matchId, form }: { context: PageContext; matchId: string; form: FormState }) {
  return (
    <section aria-labelledby="write-heading">
      <h2 id="write-heading">{context.t.t('conversation.write')}</h2>
      <MessageForm context={context} action={`/matches/${matchId}/conversation/messages`} form={form} withFiles />
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
          <MessageForm
            context={context}
            action={`/challenges/${challenge.id}/conversation-messages`}
            form={form}
            withFiles={false}
          />
        </>
      )}
    </Layout>
  );
}
