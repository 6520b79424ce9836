// Follows, saved searches and the contact setting: each person changes only their own, and every
// change is audited.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { pageId } from '../web/form-handling.ts';
import { readableItem } from '../items/service.ts';
import * as repository from './repository.ts';

export interface FollowTarget {
  targetType: repository.TargetType;
  target: string;
}

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

/** A challenge or solution is followed only by someone who may read it; any other is reported as missing. */
async function requireReadable(services: Services, viewer: Viewer, input: FollowTarget): Promise<void> {
  if (input.targetType === 'challenge' || input.targetType === 'solution')
    await readableItem(services, input.targetType, viewer, pageId(input.target));
}

/** What the person follows, in the order they started following. */
export async function followsOf(services: Services, personId: string): Promise<FollowTarget[]> {
  const rows = await repository.followsOf(services.db, personId);
  return rows.map((row) => ({ targetType: row.target_type, target: row.target }));
}

/** Names of followed organisations by id. */
export async function organisationNames(services: Services, ids: string[]): Promise<Map<string, string>> {
  return repository.organisationNames(services.db, ids);
}

/** The person's saved searches, oldest first. */
export async function savedSearchesOf(services: Services, personId: string) {
  return repository.searchesOf(services.db, personId);
}

/** Whether the person accepts contact only from organisations they follow. */
export async function contactSettingOf(services: Services, personId: string): Promise<boolean> {
  return repository.contactSettingOf(services.db, personId);
}

export async function follow(services: Services, viewer: Viewer | null, input: FollowTarget): Promise<void> {
  const person = signedIn(viewer);
  await requireReadable(services, person, input);
  await services.db.transaction().execute(async (tx) => {
    await repository.follow(tx, person.id, input.targetType, input.target);
    await recordAudit(tx, {
      actorId: person.id,
      action: 'follow.create',
      objectType: 'person',
      objectId: person.id,
      after: input,
    });
  });
}

export async function unfollow(services: Services, viewer: Viewer | null, input: FollowTarget): Promise<void> {
  const person = signedIn(viewer);
  await services.db.transaction().execute(async (tx) => {
    await repository.unfollow(tx, person.id, input.targetType, input.target);
    await recordAudit(tx, {
      actorId: person.id,
      action: 'follow.delete',
      objectType: 'person',
      objectId: person.id,
      before: input,
    });
  });
}

export async function saveSearch(
  services: Services,
  viewer: Viewer | null,
  kind: 'challenge' | 'solution',
  query: string,
): Promise<string> {
  const person = signedIn(viewer);
  return services.db.transaction().execute(async (tx) => {
    const id = await repository.saveSearch(tx, person.id, kind, query);
    await recordAudit(tx, {
      actorId: person.id,
      action: 'saved_search.create',
      objectType: 'saved_search',
      objectId: id,
      after: { kind, query },
    });
    return id;
  });
}

export async function deleteSearch(services: Services, viewer: Viewer | null, id: string): Promise<void> {
  const person = signedIn(viewer);
  await services.db.transaction().execute(async (tx) => {
    if ((await repository.deleteSearch(tx, person.id, id)) === 0) throw errors.notFound();
    await recordAudit(tx, {
      actorId: person.id,
      action: 'saved_search.delete',
      objectType: 'saved_search',
      objectId: id,
    });
  });
}

export async function setContactSetting(
  services: Services,
  viewer: Viewer | null,
  followedOnly: boolean,
): Promise<void> {
  const person = signedIn(viewer);
  await services.db.transaction().execute(async (tx) => {
    const before = await repository.contactSettingOf(tx, person.id);
    await repository.setContactSetting(tx, person.id, followedOnly);
    await recordAudit(tx, {
      actorId: person.id,
      action: 'contact_setting.update',
      objectType: 'person',
      objectId: person.id,
      before: { followedOnly: before },
      after: { followedOnly },
    });
  });
}

/**
 * An application or introduction request from one organisation to another is refused when a member
 * of the receiving organisation accepts contact only from organisations they follow and does not
 * follow the asking one: one member's choice protects the whole organisation from unwanted contact.
 */
export async function requireContactAllowed(
  services: Services,
  fromOrganisationId: string,
  toOrganisationId: string,
): Promise<void> {
  if (fromOrganisationId === toOrganisationId) return;
  const refusing = await repository.membersRefusing(services.db, toOrganisationId, fromOrganisationId);
  if (refusing.length > 0) throw errors.refused('contact_refused', 'follows.error_contact_refused');
}
