// Every language pair, both directions: a text in any of nl, en, fr, es, eu finds the texts on its subject in each
// of the other four languages before the texts on other subjects (real lexicon).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine } from './engine.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { KnownLanguage } from './text.ts';

const SUBJECTS: Record<string, Record<KnownLanguage, string>> = {
  hospital: {
    nl: 'Patiënten wachten te lang in het ziekenhuis op een arts.',
    en: 'Patients wait too long in the hospital for a doctor.',
    fr: "Les patients attendent trop longtemps un médecin à l'hôpital.",
    es: 'Los pacientes esperan demasiado tiempo a un médico en el hospital.',
    eu: 'Gaixoek denbora gehiegi itxaroten dute ospitalean mediku baten zain.',
  },
  energy: {
    nl: 'Zonnepanelen en verwarming besparen energie in gebouwen.',
    en: 'Solar panels and heating save energy in buildings.',
    fr: 'Les panneaux solaires et le chauffage économisent l’énergie dans les bâtiments.',
    es: 'Los paneles solares y la calefacción ahorran energía en los edificios.',
    eu: 'Eguzki-panelek eta berokuntzak energia aurrezten dute eraikinetan.',
  },
  school: {
    nl: 'Leraren en leerlingen op school hebben computers nodig.',
    en: 'Teachers and pupils at school need computers.',
    fr: "Les enseignants et les élèves de l'école ont besoin d'ordinateurs.",
    es: 'Los profesores y los alumnos de la escuela necesitan ordenadores.',
    eu: 'Ikastetxeko irakasleek eta ikasleek ordenagailuak behar dituzte.',
  },
};
const LANGUAGES: KnownLanguage[] = ['nl', 'en', 'fr', 'es', 'eu'];
const lexicon = loadLexicon();

for (const language of LANGUAGES) {
  test(`a challenge in ${language} finds the solutions on its subject in the four other languages first`, () => {
    const engine = new MatchEngine(lexicon);
    for (const [subject, texts] of Object.entries(SUBJECTS)) {
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        engine.upsert({ id: `${subject}-${other}`, kind: 'solution', title: texts[other], text: '' });
      }
    }
    engine.settle();
    for (const [subject, texts] of Object.entries(SUBJECTS)) {
      const found = engine.matchesFor(
        { id: 'seeker', kind: 'challenge', title: texts[language], text: '' },
        { kind: 'solution', limit: 12 },
      );
      const firstFour = found.slice(0, 4).map((r) => r.id);
      assert.deepEqual(
        firstFour.filter((id) => id.startsWith(`${subject}-`)).length,
        4,
        `${language} ${subject}: ${found.map((r) => r.id).join(', ')}`,
      );
    }
  });
}
