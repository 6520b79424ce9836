import { defineMessages } from '../define.ts';

// After a matchmaking day: how each meeting went, and the matches that came from it.
export const matchmakingOutcomeMessages = defineMessages(
  {
    'matchmaking.follow_up_heading': 'Hoe ging het?',
    'matchmaking.follow_up.next_step': 'Een volgende stap',
    'matchmaking.follow_up.not_a_fit': 'Geen goede match',
    'matchmaking.follow_up_recorded': 'U zei: {outcome}.',
    'matchmaking.follow_up_match': 'Naar de match',
    'matchmaking.follow_up_pair': 'Welke uitdaging en oplossing gaan een volgende stap zetten?',
    'matchmaking.follow_up_pair_option': 'Uitdaging “{challenge}” met oplossing “{solution}”',
    'matchmaking.follow_up_no_pairs':
      'U schreef samen geen open uitdaging en gepubliceerde oplossing in die een match kunnen worden.',
    'matchmaking.follow_up_consent':
      'Met een volgende stap aanvaardt u de match voor uw organisatie. Uw contactgegevens gaan pas naar de andere kant als ook die aanvaardt.',
    'matchmaking.error_not_held': 'Dit gesprek heeft nog niet plaatsgevonden.',
    'matchmaking.error_follow_up_recorded': 'U zei al hoe dit gesprek ging.',
    'matchmaking.error_pair': 'Kies een uitdaging en oplossing uit de lijst.',
    'feedback.matchmaking_follow_up': 'Bedankt, uw antwoord is bewaard.',
    'matches.step.event': 'Voortgekomen uit de matchmakingdag “{event}” (genoteerd door {by})',
    'inbox.origin.event': 'Uit een matchmakingdag',
  },
  {
    'matchmaking.follow_up_heading': 'Comment cela s’est-il passé\u00a0?',
    'matchmaking.follow_up.next_step': 'Une prochaine étape',
    'matchmaking.follow_up.not_a_fit': 'Pas une bonne correspondance',
    'matchmaking.follow_up_recorded': 'Vous avez répondu\u00a0: {outcome}.',
    'matchmaking.follow_up_match': 'Voir la correspondance',
    'matchmaking.follow_up_pair': 'Quel défi et quelle solution passent à une prochaine étape\u00a0?',
    'matchmaking.follow_up_pair_option': 'Défi «\u00a0{challenge}\u00a0» avec la solution «\u00a0{solution}\u00a0»',
    'matchmaking.follow_up_no_pairs':
      'Vous n’avez pas inscrit ensemble de défi ouvert et de solution publiée qui puissent devenir une correspondance.',
    'matchmaking.follow_up_consent':
      'Une prochaine étape accepte la correspondance pour votre organisation. Vos coordonnées ne vont à l’autre partie que lorsqu’elle accepte aussi.',
    'matchmaking.error_not_held': 'Cet entretien n’a pas encore eu lieu.',
    'matchmaking.error_follow_up_recorded': 'Vous avez déjà dit comment cet entretien s’est passé.',
    'matchmaking.error_pair': 'Choisissez un défi et une solution dans la liste.',
    'feedback.matchmaking_follow_up': 'Merci, votre réponse est enregistrée.',
    'matches.step.event': 'Issue de la journée de matchmaking «\u00a0{event}\u00a0» (notée par {by})',
    'inbox.origin.event': 'Issue d’une journée de matchmaking',
  },
  {
    'matchmaking.follow_up_heading': 'How did it go?',
    'matchmaking.follow_up.next_step': 'A next step',
    'matchmaking.follow_up.not_a_fit': 'Not a fit',
    'matchmaking.follow_up_recorded': 'You said: {outcome}.',
    'matchmaking.follow_up_match': 'Go to the match',
    'matchmaking.follow_up_pair': 'Which challenge and solution take a next step?',
    'matchmaking.follow_up_pair_option': 'Challenge “{challenge}” with solution “{solution}”',
    'matchmaking.follow_up_no_pairs':
      'Between you, you registered no open challenge and published solution that could become a match.',
    'matchmaking.follow_up_consent':
      'A next step accepts the match for your organisation. Your contact details go to the other side only once they accept too.',
    'matchmaking.error_not_held': 'This meeting has not taken place yet.',
    'matchmaking.error_follow_up_recorded': 'You already said how this meeting went.',
    'matchmaking.error_pair': 'Choose a challenge and a solution from the list.',
    'feedback.matchmaking_follow_up': 'Thank you, your answer is saved.',
    'matches.step.event': 'Came from the matchmaking day “{event}” (noted by {by})',
    'inbox.origin.event': 'From a matchmaking day',
  },
);
