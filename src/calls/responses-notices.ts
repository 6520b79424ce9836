// Who hears of what about responses: the responding organisation's members get a confirmation when it
// submits, and organisations with a response (draft or submitted) hear of the call's clarifications, as
// the challenge's followers do. Only those who may read the challenge are told (the one visibility rule).
import type { Services } from '../app-types.ts';
import type { GuardedItem } from '../items/permissions.ts';
import { followersOf } from '../follows/repository.ts';
import { membersOf } from '../notifications/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import type { CallRow } from './repository.ts';
import { respondingOrganisationsOf } from './responses-repository.ts';

export async function confirmSubmission(services: Services, row: CallRow, guard: GuardedItem, organisationId: string) {
  const members = await membersOf(services.db, [organisationId]);
  const readers = await readersAmong(services, members, guard);
  const link = `/calls/${row.id}/response`;
  await notify(services, readers, { kind: 'call_response_submitted', params: { challengeId: row.challenge_id }, link });
}

/** Respondents hear of a clarification too; those following the challenge were told with its followers. */
export async function tellRespondentsOfClarification(services: Services, row: CallRow, guard: GuardedItem) {
  const members = await membersOf(services.db, await respondingOrganisationsOf(services.db, row.id));
  const followers = new Set(await followersOf(services.db, [{ type: 'challenge', target: row.challenge_id }]));
  const readers = await readersAmong(
    services,
    members.filter((id) => !followers.has(id)),
    guard,
  );
  await notify(services, readers, {
    kind: 'call_clarified',
    params: { challengeId: row.challenge_id },
    link: `/calls/${row.id}`,
  });
}
