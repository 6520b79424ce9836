// Interface texts of the privacy area (data export, account erasure) in nl-BE, fr and en.
import { defineMessages } from '../define.ts';

export const privacyMessages = defineMessages(
  {
    'privacy.title': 'Uw gegevens',
    'privacy.export.heading': 'Uw gegevens downloaden',
    'privacy.export.intro':
      'Download alles wat het platform over u bewaart als JSON-bestand: uw profiel, uw organisaties, de uitdagingen en oplossingen die u plaatste, uw sessies en de gebeurtenissen over u in het auditlogboek.',
    'privacy.export.button': 'Mijn gegevens downloaden',
    'privacy.delete.heading': 'Uw account verwijderen',
    'privacy.delete.intro':
      'Uw naam, e-mailadres, wachtwoord en sessies worden gewist. Wat u voor uw organisatie plaatste, blijft bij uw organisatie. Dit kan niet ongedaan worden gemaakt.',
    'privacy.delete.password': 'Uw wachtwoord, ter bevestiging',
    'privacy.delete.confirm': 'Ik begrijp dat mijn account definitief wordt verwijderd',
    'privacy.delete.button': 'Account definitief verwijderen',
    'privacy.deleted.title': 'Uw account is verwijderd',
    'privacy.deleted.message': 'Uw persoonsgegevens zijn gewist. Bedankt om Helemaal Digitaal te gebruiken.',
  },
  {
    'privacy.title': 'Vos données',
    'privacy.export.heading': 'Télécharger vos données',
    'privacy.export.intro':
      'Téléchargez tout ce que la plateforme conserve sur vous dans un fichier JSON\u00a0: votre profil, vos organisations, les défis et solutions que vous avez publiés, vos sessions et les événements vous concernant dans le journal d’audit.',
    'privacy.export.button': 'Télécharger mes données',
    'privacy.delete.heading': 'Supprimer votre compte',
    'privacy.delete.intro':
      'Votre nom, votre adresse e-mail, votre mot de passe et vos sessions sont effacés. Ce que vous avez publié pour votre organisation reste à votre organisation. Cette action est irréversible.',
    'privacy.delete.password': 'Votre mot de passe, pour confirmer',
    'privacy.delete.confirm': 'Je comprends que mon compte sera définitivement supprimé',
    'privacy.delete.button': 'Supprimer définitivement le compte',
    'privacy.deleted.title': 'Votre compte a été supprimé',
    'privacy.deleted.message': 'Vos données personnelles ont été effacées. Merci d’avoir utilisé Helemaal Digitaal.',
  },
  {
    'privacy.title': 'Your data',
    'privacy.export.heading': 'Download your data',
    'privacy.export.intro':
      'Download everything the platform keeps about you as a JSON file: your profile, your organisations, the challenges and solutions you posted, your sessions and the audit log events about you.',
    'privacy.export.button': 'Download my data',
    'privacy.delete.heading': 'Delete your account',
    'privacy.delete.intro':
      'Your name, e-mail address, password and sessions are erased. What you posted for your organisation stays with your organisation. This cannot be undone.',
    'privacy.delete.password': 'Your password, to confirm',
    'privacy.delete.confirm': 'I understand that my account will be deleted for good',
    'privacy.delete.button': 'Delete account for good',
    'privacy.deleted.title': 'Your account has been deleted',
    'privacy.deleted.message': 'Your personal data has been erased. Thank you for using Helemaal Digitaal.',
  },
);
