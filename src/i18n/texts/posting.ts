import { defineMessages } from '../define.ts';

// Messages of the posting forms: the horizon of a challenge, bounded numbers, required choices and the
// "check for similar items" step before saving.
export const postingMessages = defineMessages(
  {
    'posting.horizon_missing': 'Geef een uiterste datum of een looptijd.',
    'posting.horizon_both': 'Geef een uiterste datum of een looptijd, niet allebei.',
    'posting.deadline_past': 'Deze datum ligt in het verleden. Kies vandaag of een latere datum.',
    'field.number_between_months': 'Geef een getal tussen {min} en {max} maanden.',
    'field.choose': 'Kies…',
    'field.choose_at_least_one': 'Kies er minstens één.',
    'field.months_between_hint': 'Tussen {min} en {max} maanden.',
    'field.required_note': 'Velden met * zijn verplicht.',
    'posting.similar.heading': 'Bestaat het al?',
    'posting.similar.intro': 'Kijk of er al iets gelijkaardigs gepubliceerd is voor u bewaart. Zoeken bewaart niets.',
    'posting.similar.check': 'Zoek gelijkaardige items',
    'posting.similar.results': 'Gelijkaardige gepubliceerde items',
    'posting.similar.none': 'Geen gelijkaardige gepubliceerde items gevonden.',
    'posting.similar.too_short': 'Geef eerst een titel van minstens 3 tekens.',
  },
  {
    'posting.horizon_missing': 'Indiquez une date limite ou une durée.',
    'posting.horizon_both': 'Indiquez une date limite ou une durée, pas les deux.',
    'posting.deadline_past': 'Cette date est passée. Choisissez aujourd’hui ou une date ultérieure.',
    'field.number_between_months': 'Indiquez un nombre entre {min} et {max} mois.',
    'field.choose': 'Choisissez…',
    'field.choose_at_least_one': 'Choisissez-en au moins un.',
    'field.months_between_hint': 'Entre {min} et {max} mois.',
    'field.required_note': 'Les champs marqués d’un * sont obligatoires.',
    'posting.similar.heading': 'Cela existe-t-il déjà\u00a0?',
    'posting.similar.intro':
      'Vérifiez si quelque chose de similaire a déjà été publié avant d’enregistrer. La recherche n’enregistre rien.',
    'posting.similar.check': 'Chercher des éléments similaires',
    'posting.similar.results': 'Éléments publiés similaires',
    'posting.similar.none': 'Aucun élément publié similaire trouvé.',
    'posting.similar.too_short': 'Indiquez d’abord un titre d’au moins 3 caractères.',
  },
  {
    'posting.horizon_missing': 'Give a deadline or a duration.',
    'posting.horizon_both': 'Give a deadline or a duration, not both.',
    'posting.deadline_past': 'This date is in the past. Choose today or a later date.',
    'field.number_between_months': 'Enter a number between {min} and {max} months.',
    'field.choose': 'Choose…',
    'field.choose_at_least_one': 'Choose at least one.',
    'field.months_between_hint': 'Between {min} and {max} months.',
    'field.required_note': 'Fields marked * are required.',
    'posting.similar.heading': 'Does it already exist?',
    'posting.similar.intro':
      'Check whether something similar has already been published before you save. Checking saves nothing.',
    'posting.similar.check': 'Check for similar items',
    'posting.similar.results': 'Similar published items',
    'posting.similar.none': 'No similar published items found.',
    'posting.similar.too_short': 'First give a title of at least 3 characters.',
  },
);
