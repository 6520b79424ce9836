// The follow buttons of a detail page: the item itself and the organisation behind it.
import type { Services } from '../app-types.ts';
import type { PageContext } from '../web/context.ts';
import { followsOf } from './service.ts';
import { FollowButton } from './components.tsx';
import type { Follow } from './schemas.ts';

export async function followSection(
  services: Services,
  context: PageContext,
  targets: { follow: Follow; label: string }[],
) {
  const viewer = context.viewer;
  if (!viewer) return null;
  const mine = await followsOf(services, viewer.id);
  const follows = (f: Follow) => mine.some((m) => m.targetType === f.targetType && m.target === f.target);
  // Members do not follow their own organisation or its items.
  const shown = targets.filter(
    (t) => !(t.follow.targetType === 'organisation' && viewer.organisationIds.includes(t.follow.target)),
  );
  if (shown.length === 0) return null;
  return (
    <div class="follow-actions">
      {shown.map((t) => (
        <FollowButton context={context} follow={t.follow} following={follows(t.follow)} label={t.label} />
      ))}
    </div>
  );
}
