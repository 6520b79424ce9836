import { defineMessages } from '../define.ts';

export const introductionMessages = defineMessages(
  {
    'introduction.mail_subject': 'Kennismaking met {other}',
    'introduction.mail_intro':
      'Beide kanten hebben de match tussen „{own}” en „{other}” aanvaard. Dit zijn de contactgegevens van de andere kant:',
    'introduction.mail_outro': 'Het verloop van de kennismaking volgt u hier:',
    'introduction.contacts_heading': 'Contactgegevens',
    'introduction.contacts_hidden': 'De contactgegevens worden zichtbaar zodra beide kanten de match aanvaard hebben.',
  },
  {
    'introduction.mail_subject': 'Mise en relation avec {other}',
    'introduction.mail_intro':
      'Les deux parties ont accepté la correspondance entre «\u00a0{own}\u00a0» et «\u00a0{other}\u00a0». Voici les coordonnées de l’autre partie\u00a0:',
    'introduction.mail_outro': 'Suivez la mise en relation ici\u00a0:',
    'introduction.contacts_heading': 'Coordonnées',
    'introduction.contacts_hidden':
      'Les coordonnées seront visibles dès que les deux parties auront accepté la correspondance.',
  },
  {
    'introduction.mail_subject': 'Introduction to {other}',
    'introduction.mail_intro':
      'Both sides accepted the match between “{own}” and “{other}”. These are the other side’s contact details:',
    'introduction.mail_outro': 'Follow the introduction here:',
    'introduction.contacts_heading': 'Contact details',
    'introduction.contacts_hidden': 'Contact details become visible once both sides have accepted the match.',
  },
);
