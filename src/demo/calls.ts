// Two open calls in the demo: Zonnetij's market consultation on videocalls against loneliness, with its
// questions phase running (one question answered, one waiting for the care home), and Leiestroom's request
// for information on distance learning, whose questions phase has closed and whose responses are due, with
// a clarification and answered questions. So a fresh start shows the list, both phases and the Q&A.
import type { Database } from '../db/database.ts';
import {
  answerPublicQuestion,
  insertCall,
  insertClarification,
  insertPublicQuestion,
  replaceParts,
} from '../calls/repository.ts';

const DAY = 86_400_000;
/** Five in the afternoon, Brussels time taken as UTC+1 (the demo's times need not be exact), this many days away. */
const fivePm = (now: Date, days: number) => {
  const day = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 16));
};

interface DemoCallPeople {
  care: string | null;
  provider: string | null;
  ambassador: string | null;
}

async function loneliness(tx: Database, challengeId: string, people: DemoCallPeople, now: Date) {
  const id = await insertCall(tx, {
    challenge_id: challengeId,
    kind: 'market_consultation',
    status: 'open',
    eligibility:
      'Aanbieders van een werkende oplossing voor videobellen of online gesprekken, ook start-ups en consortia. ' +
      'De oplossing draait al bij minstens één zorgvoorziening of school.',
    questions_until: fivePm(now, 12),
    responses_until: fivePm(now, 33),
    evaluation_until: fivePm(now, 47),
    result_date: fivePm(now, 54),
    publish_result: true,
    created_by: people.care,
    reviewed_by: people.ambassador,
    opened_at: new Date(now.getTime() - 2 * DAY),
  });
  await replaceParts(tx, id, {
    questions: [
      { kind: 'text', prompt: 'Beschrijf uw oplossing en waar ze al gebruikt wordt.', max_length: 3000, options: [] },
      {
        kind: 'choice',
        prompt: 'Hoe wordt de oplossing geleverd?',
        max_length: null,
        options: ['Als dienst met eigen tablets', 'Als app op onze toestellen', 'Beide'],
      },
      { kind: 'yes_no', prompt: 'Kan familie bellen zonder account aan te maken?', max_length: null, options: [] },
      {
        kind: 'price_range',
        prompt: 'Wat kost de oplossing per jaar voor 96 bewoners?',
        max_length: null,
        options: [],
      },
    ],
    criteria: [
      { name: 'Gebruiksgemak voor bewoners en personeel', weight: 40 },
      { name: 'Prijs over drie jaar', weight: 25 },
      { name: 'Privacy en gegevens in de EU', weight: 20 },
      { name: 'Ervaring in de zorg', weight: 15 },
    ],
    panel: [people.care, people.ambassador].filter((p): p is string => p !== null),
  });
  const answered = await insertPublicQuestion(
    tx,
    id,
    'Mogen we een oplossing voorstellen die nog in pilot is?',
    people.provider ?? '',
  );
  await answerPublicQuestion(
    tx,
    answered.id,
    'Ja, als ze bij minstens één zorgvoorziening of school in gebruik is; vermeld waar.',
    people.care ?? '',
    new Date(now.getTime() - DAY),
  );
  await insertPublicQuestion(
    tx,
    id,
    'Is er een budget voorzien voor de opleiding van het personeel?',
    people.provider ?? '',
  );
}

async function distanceLearning(tx: Database, challengeId: string, people: DemoCallPeople, now: Date) {
  const id = await insertCall(tx, {
    challenge_id: challengeId,
    kind: 'request_for_information',
    status: 'open',
    eligibility: 'Aanbieders van leerplatformen of hybride klasoplossingen met referenties in het secundair onderwijs.',
    questions_until: fivePm(now, -3),
    responses_until: fivePm(now, 18),
    evaluation_until: fivePm(now, 32),
    result_date: fivePm(now, 40),
    publish_result: false,
    created_by: people.ambassador,
    reviewed_by: people.ambassador,
    opened_at: new Date(now.getTime() - 20 * DAY),
  });
  await replaceParts(tx, id, {
    questions: [
      {
        kind: 'text',
        prompt: 'Hoe volgen leerlingen thuis en in de klas dezelfde les?',
        max_length: 2000,
        options: [],
      },
      { kind: 'yes_no', prompt: 'Werkt de oplossing met Smartschool?', max_length: null, options: [] },
      { kind: 'price_range', prompt: 'Wat kost de oplossing per klaslokaal per jaar?', max_length: null, options: [] },
    ],
    criteria: [
      { name: 'Didactische meerwaarde', weight: 50 },
      { name: 'Kostprijs', weight: 30 },
      { name: 'Ondersteuning', weight: 20 },
    ],
    panel: people.ambassador ? [people.ambassador] : [],
  });
  const asked = await insertPublicQuestion(tx, id, 'Moeten de camera’s in de prijs zitten?', people.provider ?? '');
  await answerPublicQuestion(
    tx,
    asked.id,
    'Ja, geef de prijs met en zonder camera’s.',
    people.ambassador ?? '',
    new Date(now.getTime() - 5 * DAY),
  );
  await insertClarification(
    tx,
    id,
    'De prijsvraag geldt nu per klaslokaal in plaats van per school, zoals in het antwoord op de vragen staat.',
    people.ambassador ?? '',
  );
}

export async function seedDemoCalls(
  tx: Database,
  challenges: Map<string, { id: string }>,
  people: DemoCallPeople,
  now: Date,
): Promise<void> {
  const zonnetij = challenges.get('c-eenzaamheid-zonnetij');
  const leiestroom = challenges.get('c-afstandsonderwijs-leiestroom');
  if (!zonnetij || !leiestroom || !people.care || !people.provider || !people.ambassador) return;
  await loneliness(tx, zonnetij.id, people, now);
  await distanceLearning(tx, leiestroom.id, people, now);
}
