import { defineMessages } from '../define.ts';

export const reminderMessages = defineMessages(
  {
    'notification.kind.reminder_expiring': 'Uitdagingen die bijna verlopen',
    'notification.kind.reminder_waiting': 'Matches die op een antwoord wachten',
    'notification.kind.reminder_stale': 'Gegevens om na te kijken',
    'notification.reminder_expiring': 'Uw uitdaging „{title}” verloopt op {date}. Verleng ze als ze nog actueel is.',
    'notification.reminder_waiting': 'Match „{challenge}” – „{solution}” wacht al {days} dagen op een antwoord.',
    'notification.reminder_stale': '„{title}” is al {days} dagen niet bijgewerkt. Kijk na of alles nog klopt.',
  },
  {
    'notification.kind.reminder_expiring': 'Défis qui vont bientôt expirer',
    'notification.kind.reminder_waiting': 'Correspondances en attente de réponse',
    'notification.kind.reminder_stale': 'Données à vérifier',
    'notification.reminder_expiring':
      'Votre défi «\u00a0{title}\u00a0» expire le {date}. Prolongez-le s’il est toujours d’actualité.',
    'notification.reminder_waiting':
      'La correspondance «\u00a0{challenge}\u00a0» – «\u00a0{solution}\u00a0» attend une réponse depuis {days} jours.',
    'notification.reminder_stale':
      '«\u00a0{title}\u00a0» n’a pas été mis à jour depuis {days} jours. Vérifiez que tout est encore correct.',
  },
  {
    'notification.kind.reminder_expiring': 'Challenges about to expire',
    'notification.kind.reminder_waiting': 'Matches waiting for an answer',
    'notification.kind.reminder_stale': 'Details to check',
    'notification.reminder_expiring': 'Your challenge “{title}” expires on {date}. Renew it if it is still current.',
    'notification.reminder_waiting': 'Match “{challenge}” – “{solution}” has been waiting {days} days for an answer.',
    'notification.reminder_stale':
      '“{title}” has not been updated for {days} days. Check that everything is still right.',
  },
);
