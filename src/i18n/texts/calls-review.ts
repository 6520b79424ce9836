// The review of open calls: the curators' notice of a submitted call, the owner's of its outcome, the
// four-eyes refusal, the call in the work queue and on the review screen.
import { defineMessages } from '../define.ts';

export const callReviewMessages = defineMessages(
  {
    'calls.error_own_call':
      'U hebt deze oproep zelf opgesteld. Een andere ambassadeur van deze uitdaging of een beheerder opent ze (vier ogen).',
    'notification.call_submitted': 'Een open oproep op „{challenge}” wacht op uw beoordeling',
    'notification.kind.call_submitted': 'Open oproepen ter beoordeling',
    'notification.call_approved': 'Uw open oproep op „{challenge}” is goedgekeurd en staat open',
    'notification.kind.call_approved': 'Goedgekeurde open oproepen',
    'notification.call_returned': 'Uw open oproep op „{challenge}” is teruggestuurd met een opmerking',
    'notification.kind.call_returned': 'Teruggestuurde open oproepen',
    'workqueue.kind.call': 'open oproep',
    'review.calls.intro': 'Ingediende open oproepen: open ze of stuur ze terug met een reden op hun pagina.',
  },
  {
    'calls.error_own_call':
      'Vous avez rédigé cet appel vous-même. Un autre ambassadeur de ce défi ou un administrateur l’ouvre (quatre yeux).',
    'notification.call_submitted': 'Un appel ouvert sur «\u00a0{challenge}\u00a0» attend votre examen',
    'notification.kind.call_submitted': 'Appels ouverts à examiner',
    'notification.call_approved': 'Votre appel ouvert sur «\u00a0{challenge}\u00a0» est approuvé et ouvert',
    'notification.kind.call_approved': 'Appels ouverts approuvés',
    'notification.call_returned': 'Votre appel ouvert sur «\u00a0{challenge}\u00a0» a été renvoyé avec une remarque',
    'notification.kind.call_returned': 'Appels ouverts renvoyés',
    'workqueue.kind.call': 'appel ouvert',
    'review.calls.intro': 'Appels ouverts soumis\u00a0: ouvrez-les ou renvoyez-les avec une raison sur leur page.',
  },
  {
    'calls.error_own_call':
      'You drafted this call yourself. Another ambassador of this challenge or an administrator opens it (four eyes).',
    'notification.call_submitted': 'An open call on “{challenge}” awaits your review',
    'notification.kind.call_submitted': 'Open calls to review',
    'notification.call_approved': 'Your open call on “{challenge}” was approved and is open',
    'notification.kind.call_approved': 'Approved open calls',
    'notification.call_returned': 'Your open call on “{challenge}” was returned with a remark',
    'notification.kind.call_returned': 'Returned open calls',
    'workqueue.kind.call': 'open call',
    'review.calls.intro': 'Submitted open calls: open them, or return them with a reason, on their page.',
  },
);
