// Interface texts of the member's CSV export in nl-BE, fr and en.
import { defineMessages } from '../define.ts';

export const exportMessages = defineMessages(
  {
    'export.heading': 'Alles downloaden',
    'export.intro':
      'Download als CSV alle uitdagingen en oplossingen die u mag zien: de gepubliceerde, en die van uw organisatie, ook concepten en vertrouwelijke.',
    'export.challenges': 'Uitdagingen (CSV)',
    'export.solutions': 'Oplossingen (CSV)',
  },
  {
    'export.heading': 'Tout télécharger',
    'export.intro':
      'Téléchargez en CSV tous les défis et solutions que vous pouvez voir\u00a0: ceux qui sont publiés et ceux de votre organisation, brouillons et confidentiels compris.',
    'export.challenges': 'Défis (CSV)',
    'export.solutions': 'Solutions (CSV)',
  },
  {
    'export.heading': 'Download everything',
    'export.intro':
      'Download as CSV every challenge and solution you may see: the published ones, and your organisation’s, drafts and confidential ones included.',
    'export.challenges': 'Challenges (CSV)',
    'export.solutions': 'Solutions (CSV)',
  },
);
