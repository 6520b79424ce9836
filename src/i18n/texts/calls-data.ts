import { defineMessages } from '../define.ts';

export const callDataMessages = defineMessages(
  {
    'notification.call_reminder_questions':
      'Nog twee dagen om vragen te stellen over de open oproep op „{challenge}”: tot {date}',
    'notification.kind.call_reminder_questions': 'Vragenfase van open oproepen loopt af',
    'notification.call_reminder_responses':
      'Nog twee dagen om te antwoorden op de open oproep op „{challenge}”: antwoorden indienen tot {date}',
    'notification.kind.call_reminder_responses': 'Antwoordtermijn van open oproepen loopt af',
    'notification.call_reminder_evaluation':
      'Nog twee dagen om de antwoorden op de open oproep op „{challenge}” te beoordelen: tot {date}',
    'notification.kind.call_reminder_evaluation': 'Beoordeling van open oproepen loopt af',
    'notification.call_reminder_result':
      'Het resultaat van de open oproep op „{challenge}” wordt op {date} verwacht: leg de beslissing vast',
    'notification.kind.call_reminder_result': 'Resultaat van open oproepen verwacht',
  },
  {
    'notification.call_reminder_questions':
      'Plus que deux jours pour poser des questions sur l’appel ouvert sur «\u00a0{challenge}\u00a0»\u00a0: jusqu’au {date}',
    'notification.kind.call_reminder_questions': 'Fin de la phase de questions des appels ouverts',
    'notification.call_reminder_responses':
      'Plus que deux jours pour répondre à l’appel ouvert sur «\u00a0{challenge}\u00a0»\u00a0: réponses jusqu’au {date}',
    'notification.kind.call_reminder_responses': 'Fin du délai de réponse des appels ouverts',
    'notification.call_reminder_evaluation':
      'Plus que deux jours pour évaluer les réponses à l’appel ouvert sur «\u00a0{challenge}\u00a0»\u00a0: jusqu’au {date}',
    'notification.kind.call_reminder_evaluation': 'Fin de l’évaluation des appels ouverts',
    'notification.call_reminder_result':
      'Le résultat de l’appel ouvert sur «\u00a0{challenge}\u00a0» est attendu le {date}\u00a0: enregistrez la décision',
    'notification.kind.call_reminder_result': 'Résultat attendu des appels ouverts',
  },
  {
    'notification.call_reminder_questions':
      'Two days left to ask questions about the open call on “{challenge}”: until {date}',
    'notification.kind.call_reminder_questions': 'Question phases of open calls ending',
    'notification.call_reminder_responses':
      'Two days left to respond to the open call on “{challenge}”: responses until {date}',
    'notification.kind.call_reminder_responses': 'Response deadlines of open calls ending',
    'notification.call_reminder_evaluation':
      'Two days left to evaluate the responses to the open call on “{challenge}”: until {date}',
    'notification.kind.call_reminder_evaluation': 'Evaluations of open calls ending',
    'notification.call_reminder_result':
      'The result of the open call on “{challenge}” is expected on {date}: record the decision',
    'notification.kind.call_reminder_result': 'Results of open calls expected',
  },
);
