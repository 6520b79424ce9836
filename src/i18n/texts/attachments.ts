import { defineMessages } from '../define.ts';

export const attachmentMessages = defineMessages(
  {
    'attachment.too_large': '„{name}” is groter dan {max} MB.',
    'attachment.too_many': 'Ten hoogste {max} bijlagen tegelijk.',
    'attachment.empty': '„{name}” is leeg.',
    'attachment.wrong_type':
      '„{name}” is geen bestand van een toegelaten soort ({types}). De inhoud telt, niet de naam van het bestand.',
    'attachment.malformed': 'De bestanden kwamen niet volledig of niet leesbaar aan. Probeer opnieuw.',
  },
  {
    'attachment.too_large': '«\u00a0{name}\u00a0» dépasse {max}\u00a0Mo.',
    'attachment.too_many': '{max} pièces jointes au plus à la fois.',
    'attachment.empty': '«\u00a0{name}\u00a0» est vide.',
    'attachment.wrong_type':
      '«\u00a0{name}\u00a0» n’est pas d’un type accepté ({types}). C’est le contenu qui compte, pas le nom du fichier.',
    'attachment.malformed': 'Les fichiers ne sont pas arrivés entiers ou lisibles. Réessayez.',
  },
  {
    'attachment.too_large': '“{name}” is larger than {max} MB.',
    'attachment.too_many': 'At most {max} attachments at a time.',
    'attachment.empty': '“{name}” is empty.',
    'attachment.wrong_type':
      '“{name}” is not of an accepted type ({types}). What counts is the content, not the file name.',
    'attachment.malformed': 'The files did not arrive whole or readable. Please try again.',
  },
);
