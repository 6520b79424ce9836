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
    'indicators.calls_title': 'Open oproepen',
    'indicators.calls_desc':
      'Open oproepen die in de maand opengingen, de antwoorden die erop ingediend zijn, het aandeel kmo’s onder wie antwoordde en wie gegund werd, en de mediaan van het aantal dagen van opening tot beslissing.',
    'indicators.calls_filters':
      'De filters gelden via de uitdaging van de oproep: haar sector, speerpunt, regio en ambassadeur. Een oproep telt in de maand waarin ze openging, met haar antwoorden en beslissingen tot vandaag.',
    'indicators.calls_opened': 'Oproepen geopend',
    'indicators.call_responses': 'Antwoorden ingediend',
    'indicators.responses_per_call': 'Antwoorden per oproep',
    'indicators.call_sme_response_share': 'Aandeel antwoorden van kmo’s',
    'indicators.call_awards': 'Gunningen',
    'indicators.call_sme_award_share': 'Aandeel gunningen aan kmo’s',
    'indicators.call_median_days': 'Mediaan dagen van opening tot beslissing',
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
    'indicators.calls_title': 'Appels ouverts',
    'indicators.calls_desc':
      'Les appels ouverts dans le mois, les réponses déposées, la part des PME parmi les répondants et les attributaires, et la médiane des jours de l’ouverture à la décision.',
    'indicators.calls_filters':
      'Les filtres s’appliquent par le défi de l’appel\u00a0: son secteur, son axe prioritaire, sa région et son ambassadeur. Un appel compte dans le mois de son ouverture, avec ses réponses et décisions à ce jour.',
    'indicators.calls_opened': 'Appels ouverts',
    'indicators.call_responses': 'Réponses déposées',
    'indicators.responses_per_call': 'Réponses par appel',
    'indicators.call_sme_response_share': 'Part des réponses de PME',
    'indicators.call_awards': 'Attributions',
    'indicators.call_sme_award_share': 'Part des attributions à des PME',
    'indicators.call_median_days': 'Médiane des jours de l’ouverture à la décision',
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
    'indicators.calls_title': 'Open calls',
    'indicators.calls_desc':
      'Open calls opened in the month, the responses submitted to them, the share of SMEs among those who responded and those awarded, and the median days from opening to decision.',
    'indicators.calls_filters':
      'The filters apply through the call’s challenge: its sector, spearhead, region and ambassador. A call counts in the month it opened, with its responses and decisions to date.',
    'indicators.calls_opened': 'Calls opened',
    'indicators.call_responses': 'Responses submitted',
    'indicators.responses_per_call': 'Responses per call',
    'indicators.call_sme_response_share': 'Share of responses from SMEs',
    'indicators.call_awards': 'Awards',
    'indicators.call_sme_award_share': 'Share of awards to SMEs',
    'indicators.call_median_days': 'Median days from opening to decision',
  },
);
