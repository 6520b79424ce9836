// The context a match e-mail carries besides its one-line notice: the ambassador's note, what accepting
// shares, the deadline, and the link to answer.
import { defineMessages } from '../define.ts';

export const matchMailMessages = defineMessages(
  {
    'notification.match.note': 'De ambassadeur schrijft: „{note}”',
    'notification.match.sharing':
      'Wat aanvaarden betekent: zodra beide kanten aanvaard hebben, krijgt elke kant per e-mail de naam, de website en het adres van de andere organisatie en de namen en e-mailadressen van haar leden. Tot dan wordt niets gedeeld.',
    'notification.match.deadline': 'Antwoord vóór {date}; zonder antwoord vervalt de match dan.',
    'notification.match.answer': 'Bekijk de match en antwoord hier:',
    'notification.match.view': 'Bekijk de match hier:',
  },
  {
    'notification.match.note': 'L’ambassadeur écrit\u00a0: «\u00a0{note}\u00a0»',
    'notification.match.sharing':
      'Ce qu’accepter signifie\u00a0: dès que les deux parties ont accepté, chacune reçoit par e-mail le nom, le site web et l’adresse de l’autre organisation, ainsi que les noms et adresses e-mail de ses membres. D’ici là, rien n’est partagé.',
    'notification.match.deadline': 'Répondez avant le {date}\u00a0; sans réponse, la correspondance expire alors.',
    'notification.match.answer': 'Consultez la correspondance et répondez ici\u00a0:',
    'notification.match.view': 'Consultez la correspondance ici\u00a0:',
  },
  {
    'notification.match.note': 'The ambassador writes: “{note}”',
    'notification.match.sharing':
      'What accepting means: once both sides have accepted, each side receives the other organisation’s name, website and address and the names and e-mail addresses of its members by e-mail. Until then, nothing is shared.',
    'notification.match.deadline': 'Answer before {date}; without an answer, the match then expires.',
    'notification.match.answer': 'See the match and answer here:',
    'notification.match.view': 'See the match here:',
  },
);
