// Where the person is logged in: each live session with when it started, when it was last used and
// the browser, a button to end each one, and one to log out everywhere.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { Form } from '../../web/forms.tsx';
import type { SessionListing } from '../service.ts';

interface SessionsProps {
  context: PageContext;
  sessions: SessionListing[];
  currentId: string;
  notice: string | null;
}

export function SessionsPage({ context, sessions, currentId, notice }: SessionsProps) {
  const { t } = context;
  const when = (value: Date | null) =>
    value
      ? new Intl.DateTimeFormat(t.intlLocale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'Europe/Brussels',
        }).format(value)
      : '—';
  return (
    <Layout context={context} title={t.t('account.sessions.title')}>
      <h1>{t.t('account.sessions.title')}</h1>
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      <section class="table-scroll" tabindex={0} aria-label={t.t('account.sessions.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.t('account.sessions.device')}</th>
              <th scope="col">{t.t('account.sessions.created')}</th>
              <th scope="col">{t.t('account.sessions.last_used')}</th>
              <th scope="col">
                <span class="visually-hidden">{t.t('account.sessions.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr>
                <td>
                  {session.userAgent ?? t.t('account.sessions.unknown_device')}
                  {session.id === currentId && <strong> ({t.t('account.sessions.this_one')})</strong>}
                </td>
                <td>{when(session.createdAt)}</td>
                <td>{when(session.lastUsedAt)}</td>
                <td>
                  <Form action={`/account/sessions/${session.id}/revoke`} csrfToken={context.csrfToken}>
                    <button type="submit" class="link-button">
                      {t.t('account.sessions.revoke')}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Form action="/account/sessions/revoke-all" csrfToken={context.csrfToken}>
        <button type="submit">{t.t('account.sessions.revoke_all')}</button>
      </Form>
    </Layout>
  );
}
