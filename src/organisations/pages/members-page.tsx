// The pages of membership: an organisation's members and pending requests with their buttons, the
// confirmation before a member is removed or leaves, and the form to ask to join an organisation.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { ErrorSummary, Form, TextField, type FormState } from '../../web/forms.tsx';
import type { Member, MembershipRequest } from '../membership-schemas.ts';

export interface Feedback {
  text: string;
  /** A refusal is announced as an alert, a success as a status. */
  problem: boolean;
}

function FeedbackNotice({ feedback }: { feedback: Feedback | null }) {
  if (!feedback) return null;
  return feedback.problem ? (
    <div class="error-summary" role="alert" id="error-summary">
      <p>{feedback.text}</p>
    </div>
  ) : (
    <p role="status" class="notice">
      {feedback.text}
    </p>
  );
}

function PersonCells({ context, person }: { context: PageContext; person: Member | MembershipRequest }) {
  const { t } = context;
  return (
    <>
      <td>{person.name}</td>
      <td>
        {person.email}
        {!person.emailVerified && <> ({t.t('membership.email_unconfirmed')})</>}
      </td>
    </>
  );
}

function RequestTable({
  context,
  organisationId,
  requests,
}: {
  context: PageContext;
  organisationId: string;
  requests: MembershipRequest[];
}) {
  const { t } = context;
  if (requests.length === 0) return <p>{t.t('membership.requests.none')}</p>;
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="requests-title">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.t('membership.field.name')}</th>
            <th scope="col">{t.t('membership.field.email')}</th>
            <th scope="col">{t.t('membership.field.requested')}</th>
            <th scope="col">{t.t('membership.field.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr>
              <PersonCells context={context} person={r} />
              <td>{t.date(r.requestedAt)}</td>
              <td>
                <Form
                  action={`/organisations/${organisationId}/membership-requests/${r.personId}/decision`}
                  csrfToken={context.csrfToken}
                >
                  <button
                    type="submit"
                    name="decision"
                    value="approve"
                    aria-label={t.t('membership.approve_named', { name: r.name })}
                  >
                    {t.t('membership.approve')}
                  </button>{' '}
                  <button
                    type="submit"
                    name="decision"
                    value="refuse"
                    class="secondary"
                    aria-label={t.t('membership.refuse_named', { name: r.name })}
                  >
                    {t.t('membership.refuse')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MemberTable({
  context,
  organisationId,
  members,
}: {
  context: PageContext;
  organisationId: string;
  members: Member[];
}) {
  const { t } = context;
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="members-title">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.t('membership.field.name')}</th>
            <th scope="col">{t.t('membership.field.email')}</th>
            <th scope="col">{t.t('membership.field.since')}</th>
            <th scope="col">{t.t('membership.field.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <PersonCells context={context} person={m} />
              <td>{t.date(m.since)}</td>
              <td>
                <a
                  href={`/organisations/${organisationId}/members/${m.personId}/remove`}
                  aria-label={
                    m.personId === context.viewer?.id ? undefined : t.t('membership.remove_named', { name: m.name })
                  }
                >
                  {m.personId === context.viewer?.id ? t.t('membership.leave') : t.t('membership.remove')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface MembersProps {
  context: PageContext;
  organisation: { id: string; name: string };
  members: Member[];
  requests: MembershipRequest[];
  feedback: Feedback | null;
}

export function MembersPage({ context, organisation, members, requests, feedback }: MembersProps) {
  const { t } = context;
  const title = t.t('membership.members.title', { organisation: organisation.name });
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <FeedbackNotice feedback={feedback} />
      <h2 id="requests-title">{t.t('membership.requests.heading')}</h2>
      <p>{t.t('membership.requests.intro')}</p>
      <RequestTable context={context} organisationId={organisation.id} requests={requests} />
      <h2 id="members-title">{t.t('membership.members.heading')}</h2>
      <MemberTable context={context} organisationId={organisation.id} members={members} />
      <p>
        <a href={`/organisations/${organisation.id}`}>{organisation.name}</a>
      </p>
    </Layout>
  );
}

interface RemovalProps {
  context: PageContext;
  organisation: { id: string; name: string };
  person: { id: string; name: string };
  feedback: Feedback | null;
}

/** Asks before a member is removed, or before the viewer leaves (when they are the person). */
export function ConfirmRemovalPage({ context, organisation, person, feedback }: RemovalProps) {
  const { t } = context;
  const leaving = person.id === context.viewer?.id;
  const title = leaving ? t.t('membership.leave.title') : t.t('membership.remove.title');
  const question = leaving
    ? t.t('membership.leave.question', { organisation: organisation.name })
    : t.t('membership.remove.question', { name: person.name, organisation: organisation.name });
  const back = leaving ? `/organisations/${organisation.id}` : `/organisations/${organisation.id}/members`;
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <FeedbackNotice feedback={feedback} />
      <p>{question}</p>
      <Form action={`/organisations/${organisation.id}/members/${person.id}/remove`} csrfToken={context.csrfToken}>
        <p class="hero-actions">
          <button type="submit" class="danger">
            {leaving ? t.t('membership.leave.confirm') : t.t('membership.remove.confirm')}
          </button>
          <a class="button secondary" href={back}>
            {t.t('membership.cancel')}
          </a>
        </p>
      </Form>
    </Layout>
  );
}

export function JoinPage({ context, form }: { context: PageContext; form: FormState }) {
  const { t } = context;
  const labels = { enterpriseNumber: t.t('organisation.field.enterprise_number') };
  return (
    <Layout context={context} title={t.t('membership.join.title')}>
      <h1>{t.t('membership.join.title')}</h1>
      <p>{t.t('membership.join.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/account/join" csrfToken={context.csrfToken}>
        <TextField
          name="enterpriseNumber"
          label={labels.enterpriseNumber}
          form={form}
          t={t}
          required
          maxLength={30}
          hint={t.t('organisation.enterprise_number.hint')}
        />
        <button type="submit">{t.t('membership.join.submit')}</button>
      </Form>
      <p>
        <a href="/account">{t.t('account.page.title')}</a>
      </p>
    </Layout>
  );
}
