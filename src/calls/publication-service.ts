// A call published beyond its page: in the open data (only what the one visibility rule shows anyone:
// open calls on public challenges) and, for those who manage it, as an eForms E1 notice.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { buyerOf } from './publication-repository.ts';
import { callWithParts, listCalls, mayManage, partsOfCalls, type CallParts, type CallRow } from './service.ts';
import { e1Notice, type E1Notice } from './eforms-e1.ts';

/** The open calls anyone may read, with their parts, newest first. */
export async function publicOpenCalls(services: Services): Promise<{ row: CallRow; parts: CallParts }[]> {
  const rows = await listCalls(services, null, { status: ['open'] });
  const parts = await partsOfCalls(services, rows);
  return rows.map((row, n) => ({ row, parts: parts[n] as CallParts }));
}

/** The call as an E1 notice, for those who manage it; 404 for a call the viewer may not read. */
export async function callAsE1(services: Services, viewer: Viewer | null, id: string): Promise<E1Notice> {
  if (!viewer) throw errors.unauthenticated();
  const { row, parts } = await callWithParts(services, viewer, id);
  if (!mayManage(viewer, row)) throw errors.forbidden();
  const buyer = await buyerOf(services.db, row.owner_organisation_id);
  return e1Notice({
    callId: row.id,
    pageUrl: `${services.config.baseUrl}/calls/${row.id}`,
    eligibility: row.eligibility,
    questionsUntil: row.questions_until,
    responsesUntil: row.responses_until,
    criteria: parts.criteria,
    challenge: {
      title: row.challenge_title,
      description: row.challenge_description,
      language: row.language,
      region: row.region,
    },
    buyer: {
      name: buyer.name,
      enterpriseNumber: buyer.enterprise_number,
      country: buyer.country,
      street: buyer.street,
      postalCode: buyer.postal_code,
      municipality: buyer.municipality,
      website: buyer.website,
    },
  });
}
