// The person's own page: who they are, whether their e-mail is confirmed, their organisations and
// their requests to join one that wait for a member's approval.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { Form } from '../../web/forms.tsx';
import type { PersonView } from '../schemas.ts';
import type { MemberOrganisation } from '../../organisations/schemas.ts';
import type { OwnMembershipRequest } from '../../organisations/membership-schemas.ts';

interface AccountProps {
  context: PageContext;
  person: PersonView;
  organisations: MemberOrganisation[];
  requests: OwnMembershipRequest[];
  notice: string | null;
  secondFactor: boolean;
}

export function AccountPage({ context, person, organisations, requests, notice, secondFactor }: AccountProps) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('account.page.title')}>
      <h1>{t.t('account.page.title')}</h1>
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      <dl>
        <dt>{t.t('account.field.name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t.t('account.field.email')}</dt>
        <dd>{person.email}</dd>
        <dt>{t.t('account.page.email_status')}</dt>
        <dd>{person.emailVerified ? t.t('account.page.email_verified') : t.t('account.page.email_unverified')}</dd>
        <dt>{t.t('second_factor.account.status')}</dt>
        <dd>
          {secondFactor ? (
            t.t('second_factor.account.on')
          ) : (
            <a href="/account/two-factor">{t.t('second_factor.account.set_up')}</a>
          )}
        </dd>
      </dl>
      <p>
        <a href="/account/sessions">{t.t('account.sessions.link')}</a>
      </p>
      <p>
        <a href="/account/follows">{t.t('follows.link')}</a>
      </p>
      {!person.emailVerified && (
        <Form action="/account/verification-email" csrfToken={context.csrfToken}>
          <button type="submit">{t.t('account.page.resend')}</button>
        </Form>
      )}
      <h2>{t.t('account.page.organisations')}</h2>
      {organisations.length === 0 ? (
        <p>{t.t('common.none')}</p>
      ) : (
        <ul>
          {organisations.map((o) => (
            <li>
              <a href={`/organisations/${o.id}`}>{o.name}</a> (
              {o.verified ? t.t('organisation.verified') : t.t('organisation.unverified')})
            </li>
          ))}
        </ul>
      )}
      {requests.length > 0 && (
        <>
          <h3>{t.t('membership.pending.heading')}</h3>
          <ul>
            {requests.map((r) => (
              <li>
                {t.t('membership.pending.item', { organisation: r.organisationName, date: t.date(r.requestedAt) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/account/join">{t.t('membership.join.link')}</a>
      </p>
      <h2>{t.t('privacy.title')}</h2>
      <p>
        <a href="/account/privacy">
          {t.t('privacy.export.heading')} · {t.t('privacy.delete.heading')}
        </a>
      </p>
    </Layout>
  );
}
