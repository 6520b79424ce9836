// What a signed-in reader can do from a challenge or solution page besides editing it: follow it and
// its organisation, apply or ask for an introduction, and, for its ambassador, propose a match.
import type { Services } from '../app-types.ts';
import type { GuardedItem } from '../items/permissions.ts';
import type { PageContext } from '../web/context.ts';
import { followSection } from '../follows/sections.tsx';
import { matchFormSections } from './item-forms.tsx';

export interface EngagedItem {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  guard: GuardedItem;
}

export async function engagementSections(services: Services, context: PageContext, item: EngagedItem) {
  const follows = await followSection(services, context, [
    { follow: { targetType: item.guard.kind, target: item.id }, label: item.title },
    { follow: { targetType: 'organisation', target: item.organisationId }, label: item.organisationName },
  ]);
  return (
    <>
      {follows}
      {await matchFormSections(services, context, item)}
    </>
  );
}
