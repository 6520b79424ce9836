// A call as the API and the pages show it. The panel and the questions still to answer are shown only
// to those who manage the call; who asked a public question is never part of any shape.
import type { Call } from './schemas.ts';
import type { CallParts, CallRow } from './service.ts';
import { phaseOf } from './service.ts';

const iso = (date: Date) => date.toISOString();

export function presentCall(row: CallRow, parts: CallParts, baseUrl: string, now: Date, manages: boolean): Call {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    phase: phaseOf(row, now),
    challenge: {
      id: row.challenge_id,
      title: row.challenge_title,
      organisation: row.organisation_name,
      sectors: row.sectors,
      spearheads: row.spearheads,
      region: row.region,
      language: row.language,
    },
    eligibility: row.eligibility,
    questionsUntil: iso(row.questions_until),
    responsesUntil: iso(row.responses_until),
    evaluationUntil: iso(row.evaluation_until),
    resultDate: iso(row.result_date),
    publishResult: row.publish_result,
    openedAt: row.opened_at ? iso(row.opened_at) : null,
    returnReason: manages ? row.return_reason : null,
    questions: parts.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      maxLength: q.max_length,
      options: q.options,
    })),
    criteria: parts.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    panel: manages ? parts.panel.map((p) => ({ id: p.id, name: p.display_name })) : [],
    clarifications: parts.clarifications.map((c) => ({ text: c.text, date: iso(c.created_at) })),
    answeredQuestions: parts.qa.flatMap((q) =>
      q.answer !== null && q.answered_at
        ? [{ id: q.id, question: q.question, answer: q.answer, answeredAt: iso(q.answered_at) }]
        : [],
    ),
    openQuestions: manages
      ? parts.qa
          .filter((q) => q.answer === null)
          .map((q) => ({ id: q.id, question: q.question, askedAt: iso(q.asked_at) }))
      : [],
    links: { self: `${baseUrl}/api/v1/calls/${row.id}`, page: `${baseUrl}/calls/${row.id}` },
  };
}
