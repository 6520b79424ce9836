import { defineMessages } from '../define.ts';

export const webMessages = defineMessages(
  {
    'feedback.saved': 'Uw wijzigingen zijn bewaard.',
    'feedback.submitted':
      'Ingediend ter beoordeling. Een ambassadeur bekijkt het en u krijgt bericht zodra het gepubliceerd of teruggestuurd is.',
    'feedback.published': 'Gepubliceerd. Het is nu zichtbaar in de catalogus.',
    'feedback.sent_back': 'Teruggestuurd naar de indiener, met uw opmerking.',
    'feedback.accepted':
      'U hebt de match aanvaard. Zodra de andere kant ook aanvaardt, krijgen beide kanten elkaars contactgegevens per e-mail.',
    'feedback.accepted_both':
      'Beide kanten hebben aanvaard. U krijgt de contactgegevens van de andere kant per e-mail; ze staan ook hieronder.',
    'feedback.declined': 'U hebt de match afgewezen. De andere kant en de ambassadeur krijgen uw reden te zien.',
    'feedback.already_decided': 'Er was al over deze match beslist; er is niets veranderd.',
    'feedback.expired':
      'Deze match is intussen verlopen omdat niet op tijd is geantwoord; uw antwoord is niet meer genoteerd. Vraag de ambassadeur om een nieuw voorstel als u toch verder wilt.',
    'feedback.outcome': 'Het resultaat is genoteerd.',
    'feedback.label': 'Bevestiging',
    'attention.label': '{count} wachten op u',
    'attention.unread': '{count} ongelezen',
  },
  {
    'feedback.saved': 'Vos modifications ont été enregistrées.',
    'feedback.submitted':
      'Soumis pour relecture. Un ambassadeur l’examine et vous serez averti dès sa publication ou son renvoi.',
    'feedback.published': 'Publié. Il est désormais visible dans le catalogue.',
    'feedback.sent_back': 'Renvoyé à son auteur, avec votre remarque.',
    'feedback.accepted':
      'Vous avez accepté la mise en relation. Dès que l’autre partie accepte aussi, chacune reçoit par e-mail les coordonnées de l’autre.',
    'feedback.accepted_both':
      'Les deux parties ont accepté. Vous recevez par e-mail les coordonnées de l’autre partie\u00a0; elles figurent aussi ci-dessous.',
    'feedback.declined': 'Vous avez refusé la mise en relation. L’autre partie et l’ambassadeur verront votre motif.',
    'feedback.already_decided': 'Une décision avait déjà été prise sur cette mise en relation\u00a0; rien n’a changé.',
    'feedback.expired':
      'Cette mise en relation a entre-temps expiré faute de réponse à temps\u00a0; votre réponse n’a pas été enregistrée. Demandez une nouvelle proposition à l’ambassadeur si vous souhaitez poursuivre.',
    'feedback.outcome': 'Le résultat a été enregistré.',
    'feedback.label': 'Confirmation',
    'attention.label': '{count} en attente de vous',
    'attention.unread': 'non lues\u00a0: {count}',
  },
  {
    'feedback.saved': 'Your changes have been saved.',
    'feedback.submitted':
      'Submitted for review. An ambassador will look at it and you will hear when it is published or sent back.',
    'feedback.published': 'Published. It is now visible in the catalogue.',
    'feedback.sent_back': 'Sent back to the author, with your remark.',
    'feedback.accepted':
      'You accepted the match. As soon as the other side accepts too, both sides receive each other’s contact details by e-mail.',
    'feedback.accepted_both':
      'Both sides accepted. You will receive the other side’s contact details by e-mail; they are also shown below.',
    'feedback.declined': 'You declined the match. The other side and the ambassador will see your reason.',
    'feedback.already_decided': 'This match had already been decided; nothing changed.',
    'feedback.expired':
      'This match has expired meanwhile because nobody answered in time; your answer was not recorded. Ask the ambassador for a new proposal if you still want to go ahead.',
    'feedback.outcome': 'The outcome has been recorded.',
    'feedback.label': 'Confirmation',
    'attention.label': '{count} waiting for you',
    'attention.unread': '{count} unread',
  },
);
