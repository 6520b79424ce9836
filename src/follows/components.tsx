// Page pieces for following: a follow or unfollow button for an item, sector, spearhead or
// organisation, and "save this search" for a catalogue. Plain forms: they work without JavaScript.
import type { PageContext } from '../web/context.ts';
import { CsrfField } from '../web/forms.tsx';
import type { Follow } from './schemas.ts';

/** Returns to the page the button was on. */
function BackField({ context }: { context: PageContext }) {
  const query = context.query.toString();
  return <input type="hidden" name="back" value={`${context.path}${query ? `?${query}` : ''}`} />;
}

export function FollowButton({
  context,
  follow,
  following,
  label,
}: {
  context: PageContext;
  follow: Follow;
  following: boolean;
  label: string;
}) {
  const { t } = context;
  return (
    <form
      method="post"
      action={following ? '/account/follows/remove' : '/account/follows'}
      class="inline-form follow-form"
    >
      <CsrfField token={context.csrfToken} />
      <BackField context={context} />
      <input type="hidden" name="targetType" value={follow.targetType} />
      <input type="hidden" name="target" value={follow.target} />
      <button type="submit" class="secondary">
        {following ? t.t('follows.unfollow', { name: label }) : t.t('follows.follow', { name: label })}
      </button>
    </form>
  );
}

export function SaveSearchButton({ context, kind }: { context: PageContext; kind: 'challenge' | 'solution' }) {
  if (!context.viewer) return null;
  const query = new URLSearchParams(context.query);
  query.delete('lang');
  query.delete('page');
  return (
    <form method="post" action="/account/saved-searches" class="inline-form save-search-form">
      <CsrfField token={context.csrfToken} />
      <BackField context={context} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="query" value={query.toString()} />
      <button type="submit" class="secondary">
        {context.t.t('follows.save_search')}
      </button>
    </form>
  );
}
