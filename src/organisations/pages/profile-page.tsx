// An organisation's public profile; its members and admins also see the full address and can edit,
// and those who manage its members find the member list; a member can leave.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';
import { Form } from '../../web/forms.tsx';
import { Website } from '../../web/website.tsx';
import { ORGANISATION_KINDS, type Labels } from '../../taxonomy/taxonomy.ts';
import type { MemberOrganisation, PublicOrganisation } from '../schemas.ts';

interface ProfileProps {
  context: PageContext;
  organisation: PublicOrganisation | MemberOrganisation;
  canEdit: boolean;
  canVerify: boolean;
  canManageMembers: boolean;
  /** The viewer's own id when they are a member, for the link to leave. */
  leaveAs: string | null;
}

function kindLabel(context: PageContext, kind: string): string {
  const labels = (ORGANISATION_KINDS as Record<string, Labels>)[kind];
  return labels ? context.t.label(labels) : kind;
}

export function OrganisationProfilePage({
  context,
  organisation: o,
  canEdit,
  canVerify,
  canManageMembers,
  leaveAs,
}: ProfileProps) {
  const { t } = context;
  const address =
    'street' in o
      ? [o.street, [o.postalCode, o.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
      : o.municipality;
  return (
    <Layout context={context} title={o.name}>
      <h1>{o.name}</h1>
      <p class={o.verified ? 'badge verified' : 'badge'}>
        {o.verified ? t.t('organisation.verified') : t.t('organisation.unverified')}
      </p>
      <dl>
        <dt>{t.t('organisation.field.kind')}</dt>
        <dd>{kindLabel(context, o.kind)}</dd>
        <dt>{t.t('organisation.field.is_sme')}</dt>
        <dd>{o.isSme ? t.t('common.yes') : t.t('common.no')}</dd>
        <dt>{t.t('organisation.field.enterprise_number')}</dt>
        <dd>{o.enterpriseNumber}</dd>
        <dt>{t.t('organisation.field.address')}</dt>
        <dd>{address || t.t('common.none')}</dd>
        <dt>{t.t('organisation.field.website')}</dt>
        <dd>{o.website ? <Website address={o.website} /> : t.t('common.none')}</dd>
      </dl>
      {canEdit && (
        <p>
          <a href={`/organisations/${o.id}/edit`}>{t.t('organisation.edit.link')}</a>
        </p>
      )}
      {canManageMembers && (
        <p>
          <a href={`/organisations/${o.id}/members`}>{t.t('membership.members.link')}</a>
        </p>
      )}
      {leaveAs && (
        <p>
          <a href={`/organisations/${o.id}/members/${leaveAs}/remove`}>{t.t('membership.leave')}</a>
        </p>
      )}
      {canVerify && !o.verified && (
        <Form action={`/organisations/${o.id}/verify`} csrfToken={context.csrfToken}>
          <button type="submit">{t.t('organisation.verify.submit')}</button>
        </Form>
      )}
    </Layout>
  );
}
