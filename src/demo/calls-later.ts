// The demo's open calls past their response deadline, so a fresh start shows every phase: Thuiszorg
// Kompas's call on fall detection is in evaluation (two responses in since yesterday, the ambassador on
// the panel has declared no conflict and scored one), and Hotel Reiegast's call for pilots on hotel beds
// is decided (every score in, Beddenbrug awarded and its match accepted, Zilverlijn not, with reasons and
// the feedback each respondent received).
import type { Database } from '../db/database.ts';
import { insertCall, partsOf, replaceParts } from '../calls/repository.ts';
import { demoChallenges } from './content/index.ts';
import {
  declareNoConflict,
  insertCallMatch,
  insertFeedback,
  insertResponse,
  insertScores,
  recordDecision,
} from './call-repository.ts';

const DAY = 86_400_000;
const fivePm = (now: Date, days: number) => {
  const day = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 16));
};

export interface LaterCallRefs {
  challenges: ReadonlyMap<string, { id: string }>;
  solutions: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
  provider: string;
  ambassador: string;
}

type Parts = Awaited<ReturnType<typeof partsOf>>;
type Answer = { text_answer?: string; choice?: string; yes_no?: boolean; price_from?: number; price_to?: number };

/** One answer per question, in the order of the call's questions. */
const answersTo = (parts: Parts, answers: Answer[]) =>
  parts.questions.map((q, i) => ({
    question_id: q.id,
    text_answer: answers[i]?.text_answer ?? null,
    choice: answers[i]?.choice ?? null,
    yes_no: answers[i]?.yes_no ?? null,
    price_from: answers[i]?.price_from ?? null,
    price_to: answers[i]?.price_to ?? null,
  }));

const QUESTIONS = [
  {
    kind: 'text' as const,
    prompt: 'Beschrijf uw oplossing en waar ze al gebruikt wordt.',
    max_length: 3000,
    options: [],
  },
  { kind: 'yes_no' as const, prompt: 'Werkt de oplossing zonder camera in de kamer?', max_length: null, options: [] },
  { kind: 'price_range' as const, prompt: 'Wat kost de oplossing per jaar?', max_length: null, options: [] },
];

async function fallDetection(tx: Database, refs: LaterCallRefs, now: Date) {
  const challenge = refs.challenges.get('c-valdetectie-kompas');
  const hogeschool = refs.organisations.get('hogeschool-scheldeland');
  const zilverlijn = refs.organisations.get('zilverlijn');
  const radar = refs.solutions.get('s-hogeschool-radar-valdetectie');
  const network = refs.solutions.get('s-zilverlijn-zorgnetwerk');
  if (!challenge || !hogeschool || !zilverlijn || !radar || !network) return;
  const id = await insertCall(tx, {
    challenge_id: challenge.id,
    kind: 'market_consultation',
    status: 'open',
    eligibility: 'Aanbieders van valdetectie of alarmering voor thuiswonende ouderen, ook onderzoeksgroepen.',
    questions_until: fivePm(now, -15),
    responses_until: fivePm(now, -1),
    evaluation_until: fivePm(now, 13),
    result_date: fivePm(now, 20),
    publish_result: true,
    created_by: refs.ambassador,
    reviewed_by: refs.ambassador,
    opened_at: new Date(now.getTime() - 35 * DAY),
  });
  await replaceParts(tx, id, {
    questions: QUESTIONS,
    criteria: [
      { name: 'Privacy van de oudere', weight: 50 },
      { name: 'Betrouwbaarheid van de melding', weight: 30 },
      { name: 'Prijs', weight: 20 },
    ],
    panel: [refs.ambassador],
  });
  const parts = await partsOf(tx, id);
  const submitted = new Date(now.getTime() - 3 * DAY);
  const radarResponse = await insertResponse(
    tx,
    { call_id: id, organisation_id: hogeschool, solution_id: radar, status: 'submitted', submitted_at: submitted },
    answersTo(parts, [
      {
        text_answer:
          'Radarsensoren aan het plafond herkennen een val zonder beeld; getest in twintig woningen in Gent.',
      },
      { yes_no: true },
      { price_from: 180, price_to: 240 },
    ]),
  );
  await insertResponse(
    tx,
    {
      call_id: id,
      organisation_id: zilverlijn,
      solution_id: network,
      status: 'submitted',
      created_by: refs.provider,
      submitted_at: new Date(now.getTime() - 2 * DAY),
    },
    answersTo(parts, [
      { text_answer: 'Onze zorgagenda verwittigt mantelzorgers wanneer een alarmknop of sensor een val meldt.' },
      { yes_no: true },
      { price_from: 90, price_to: 150 },
    ]),
  );
  await declareNoConflict(tx, id, refs.ambassador, new Date(now.getTime() - 30 * DAY));
  const [privacy, reliability] = parts.criteria;
  if (!privacy || !reliability) return;
  await insertScores(tx, [
    {
      response_id: radarResponse,
      criterion_id: privacy.id,
      person_id: refs.ambassador,
      score: 9,
      comment: 'Geen camera, geen beelden.',
    },
    {
      response_id: radarResponse,
      criterion_id: reliability.id,
      person_id: refs.ambassador,
      score: 7,
      comment: 'Goede resultaten, kleine proef.',
    },
  ]);
}

const SCORES: Record<'award' | 'no_award', number[]> = { award: [8, 9, 7], no_award: [4, 5, 8] };

async function hotelBeds(tx: Database, refs: LaterCallRefs, now: Date) {
  const challenge = refs.challenges.get('c-hotelbedden-reiegast');
  const beddenbrug = refs.organisations.get('beddenbrug');
  const zilverlijn = refs.organisations.get('zilverlijn');
  const beds = refs.solutions.get('s-beddenbrug');
  const network = refs.solutions.get('s-zilverlijn-zorgnetwerk');
  if (!challenge || !beddenbrug || !zilverlijn || !beds || !network) return;
  const id = await insertCall(tx, {
    challenge_id: challenge.id,
    kind: 'call_for_pilots',
    status: 'open',
    eligibility: 'Aanbieders die hotelkamers en zorgvragen samenbrengen, met een pilot binnen drie maanden.',
    questions_until: fivePm(now, -40),
    responses_until: fivePm(now, -20),
    evaluation_until: fivePm(now, -6),
    result_date: fivePm(now, 4),
    publish_result: true,
    created_by: refs.ambassador,
    reviewed_by: refs.ambassador,
    opened_at: new Date(now.getTime() - 55 * DAY),
  });
  await replaceParts(tx, id, {
    questions: [
      { kind: 'text', prompt: 'Hoe brengt u vrije kamers en zorgvragen samen?', max_length: 3000, options: [] },
      { kind: 'yes_no', prompt: 'Kan de pilot binnen drie maanden starten?', max_length: null, options: [] },
      { kind: 'price_range', prompt: 'Wat kost de pilot?', max_length: null, options: [] },
    ],
    criteria: [
      { name: 'Aansluiting bij de vraag', weight: 50 },
      { name: 'Snelheid van de pilot', weight: 30 },
      { name: 'Prijs', weight: 20 },
    ],
    panel: [refs.ambassador],
  });
  const parts = await partsOf(tx, id);
  await declareNoConflict(tx, id, refs.ambassador, new Date(now.getTime() - 50 * DAY));
  const respondents = [
    {
      organisation: beddenbrug,
      solution: beds,
      createdBy: null,
      decision: 'award' as const,
      reasons: 'Sluit precies aan bij de vraag en kan binnen een maand starten met drie hotels.',
      text: 'Ons platform toont vrije hotelkamers aan ziekenhuizen en boekt ze voor zorgpersoneel.',
      price: [4000, 6000],
    },
    {
      organisation: zilverlijn,
      solution: network,
      createdBy: refs.provider,
      decision: 'no_award' as const,
      reasons: 'Een sterke zorgagenda, maar ze boekt geen kamers: de kern van de vraag blijft open.',
      text: 'Onze gedeelde zorgagenda plant wie waar verblijft en verwittigt het hotel.',
      price: [2500, 3500],
    },
  ];
  const decidedAt = new Date(now.getTime() - 4 * DAY);
  for (const r of respondents) {
    const responseId = await insertResponse(
      tx,
      {
        call_id: id,
        organisation_id: r.organisation,
        solution_id: r.solution,
        status: 'submitted',
        created_by: r.createdBy,
        submitted_at: new Date(now.getTime() - 25 * DAY),
        decision: r.decision,
        decision_reasons: r.reasons,
      },
      answersTo(parts, [{ text_answer: r.text }, { yes_no: true }, { price_from: r.price[0], price_to: r.price[1] }]),
    );
    const scores = SCORES[r.decision];
    await insertScores(
      tx,
      parts.criteria.map((c, i) => ({
        response_id: responseId,
        criterion_id: c.id,
        person_id: refs.ambassador,
        score: scores[i] ?? 5,
        comment: '',
      })),
    );
    const total = parts.criteria.reduce((sum, c, i) => sum + ((scores[i] ?? 5) * c.weight) / 10, 0);
    if (r.decision === 'award')
      await insertCallMatch(tx, {
        challengeId: challenge.id,
        solutionId: r.solution,
        responseId,
        decidedBy: refs.ambassador,
        // As a decision names it on the match's timeline: by its challenge's title.
        callName: demoChallenges.find((c) => c.key === 'c-hotelbedden-reiegast')?.title ?? '',
        at: decidedAt,
      });
    await insertFeedback(tx, r.organisation, {
      params: {
        challengeId: challenge.id,
        decision: r.decision === 'award' ? 'gegund' : 'niet gegund',
        total: String(total),
        scores: parts.criteria.map((c, i) => `${c.name}: ${scores[i] ?? 5}/10`).join('; '),
        reasons: r.reasons,
      },
      link: `/calls/${id}`,
    });
  }
  await recordDecision(tx, id, refs.ambassador, decidedAt);
}

export async function seedLaterCalls(tx: Database, refs: LaterCallRefs, now: Date): Promise<void> {
  await fallDetection(tx, refs, now);
  await hotelBeds(tx, refs, now);
}
