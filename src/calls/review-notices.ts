// Who hears of a call's review: the ambassadors curating its challenge when it is submitted (it waits on
// them), and the challenge's organisation and the call's drafter when it is opened or returned.
import type { Services } from '../app-types.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import { membersOf, readersOf } from '../notifications/repository.ts';
import type { CallRow } from './repository.ts';
import { canReadCall, curatesCall, type GuardedCall } from './permissions.ts';
import { curatorCandidates } from './review-repository.ts';

const noticeOf = (row: CallRow) => ({ params: { challengeId: row.challenge_id }, link: `/calls/${row.id}` });

/** The ambassadors curating the call: the assigned one, or else those of its spearheads and of all. */
export async function tellCurators(services: Services, row: CallRow, call: GuardedCall): Promise<void> {
  const candidates = row.assigned_ambassador_id
    ? [row.assigned_ambassador_id]
    : await curatorCandidates(services.db, row.spearheads);
  const curators = (await readersOf(services.db, candidates)).filter(
    (reader) => curatesCall(reader, call) && canReadCall(reader, call),
  );
  await notify(
    services,
    curators.map((c) => c.id),
    { kind: 'call_submitted', ...noticeOf(row) },
  );
}

/** The owner hears the outcome of the review; the reviewer does not notify themselves. */
export async function tellOwner(
  services: Services,
  row: CallRow,
  call: GuardedCall,
  decision: 'approve' | 'return',
  reviewerId: string,
): Promise<void> {
  const owners = [...(await membersOf(services.db, [row.owner_organisation_id])), row.created_by];
  const readers = await readersAmong(
    services,
    owners.filter((id): id is string => id !== null && id !== reviewerId),
    call.challenge,
  );
  const kind = decision === 'approve' ? 'call_approved' : 'call_returned';
  await notify(services, readers, { kind, ...noticeOf(row) });
}
