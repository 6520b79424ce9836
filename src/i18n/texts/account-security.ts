// Texts of account security (government login, second factor, lockout, sessions) in nl-BE, fr and en.
import { defineMessages } from '../define.ts';

export const accountSecurityMessages = defineMessages(
  {
    'account.password_contains_name':
      'Uw wachtwoord mag niet bestaan uit uw naam of de naam van uw organisatie. Kies iets wat anderen niet over u weten.',
    'account.login.keep_signed_in':
      'Aangemeld blijven, ook als u een tijd niets doet (tot 12 uur; niet op een gedeelde computer)',
    'account.locked':
      'Er werd te vaak een verkeerd wachtwoord ingegeven. Dit account is 15 minuten vergrendeld; we stuurden u een e-mail. Probeer later opnieuw of kies een nieuw wachtwoord.',
    'mail.lockout.subject': 'Uw account bij Helemaal Digitaal is tijdelijk vergrendeld',
    'mail.lockout.intro':
      'Iemand gaf te vaak een verkeerd wachtwoord in voor uw account. Daarom is het vergrendeld tot {until}. Was u dat niet? Kies dan een nieuw wachtwoord via de link hieronder.',
    'mail.lockout.action': 'Nieuw wachtwoord kiezen',
    'mail.lockout.outro': 'Was u het wel? Dan hoeft u niets te doen: na die tijd kunt u zich opnieuw aanmelden.',
    'oidc.login_button': 'Aanmelden met uw overheidsaccount',
    'oidc.or_password': 'Of meld u aan met uw e-mailadres en wachtwoord.',
    'oidc.failed': 'Aanmelden met uw overheidsaccount is niet gelukt. Probeer opnieuw.',
    'oidc.no_verified_email':
      'Uw overheidsaccount heeft geen bevestigd e-mailadres. Meld u aan met uw e-mailadres en wachtwoord.',
    'oidc.other_account': 'Dit e-mailadres hoort al bij een ander overheidsaccount.',
    'oidc.organisation_missing.title': 'Uw organisatie is nog niet geregistreerd',
    'oidc.organisation_missing.message':
      'Uw overheidsaccount hoort bij de organisatie met nummer {number}, maar die staat nog niet op het platform. Registreer ze, dan wordt u er meteen lid van.',
    'oidc.organisation_missing.submit': 'Organisatie registreren',
    'oidc.organisation_missing.later': 'Later doen',
    'second_factor.required': 'Bevestig eerst uw aanmelding met de code van uw authenticator-app.',
    'second_factor.code_invalid': 'Deze code klopt niet of werd al gebruikt. Probeer de volgende code uit uw app.',
    'second_factor.field.code': 'Code van zes cijfers',
    'second_factor.field.code_or_recovery': 'Code van zes cijfers of herstelcode',
    'second_factor.setup.title': 'Tweestapsverificatie instellen',
    'second_factor.setup.intro':
      'Ambassadeurs en beheerders bevestigen elke aanmelding met een code uit een authenticator-app. Scan de QR-code met de app, of tik de sleutel over, en geef dan de code die de app toont.',
    'second_factor.setup.secret': 'Sleutel om over te tikken',
    'second_factor.setup.qr': 'QR-code voor uw authenticator-app',
    'second_factor.setup.submit': 'Bevestigen',
    'second_factor.reset.title': 'Tweestapsverificatie van iemand herstellen',
    'second_factor.reset.intro':
      'Kwijtgeraakte telefoon of herstelcodes? Geef het e-mailadres van de persoon. Hun sleutel en herstelcodes worden gewist en al hun sessies beëindigd; bij de volgende aanmelding stellen ze de tweestapsverificatie opnieuw in.',
    'second_factor.reset.submit': 'Tweestapsverificatie herstellen',
    'second_factor.reset.done':
      'De tweestapsverificatie van {email} is gewist. Die persoon stelt ze opnieuw in bij de volgende aanmelding.',
    'second_factor.reset.none': 'Er is geen account met dit e-mailadres en tweestapsverificatie.',
    'second_factor.verify.title': 'Aanmelding bevestigen',
    'second_factor.verify.intro':
      'Geef de code uit uw authenticator-app. Hebt u uw toestel niet bij de hand? Gebruik dan een van uw herstelcodes.',
    'second_factor.verify.submit': 'Bevestigen',
    'second_factor.recovery.title': 'Uw herstelcodes',
    'second_factor.recovery.intro':
      'Tweestapsverificatie staat aan. Bewaar deze herstelcodes op een veilige plaats: elke code werkt één keer als u uw toestel kwijt bent. We tonen ze maar één keer.',
    'second_factor.recovery.continue': 'Verder',
    'second_factor.account.status': 'Tweestapsverificatie',
    'second_factor.account.on': 'Aan',
    'second_factor.account.off': 'Uit',
    'second_factor.account.set_up': 'Tweestapsverificatie instellen',
    'account.sessions.title': 'Waar u aangemeld bent',
    'account.sessions.link': 'Bekijk waar u aangemeld bent',
    'account.sessions.created': 'Aangemeld op',
    'account.sessions.last_used': 'Laatst gebruikt',
    'account.sessions.device': 'Browser of toestel',
    'account.sessions.unknown_device': 'Onbekend',
    'account.sessions.this_one': 'Deze sessie',
    'account.sessions.revoke': 'Afmelden',
    'account.sessions.revoke_all': 'Overal afmelden',
    'account.sessions.revoked': 'De sessie is beëindigd.',
  },
  {
    'account.password_contains_name':
      'Votre mot de passe ne peut pas être composé de votre nom ou de celui de votre organisation. Choisissez quelque chose que les autres ne savent pas de vous.',
    'account.login.keep_signed_in':
      'Rester connecté, même sans activité pendant un moment (jusqu’à 12 heures\u00a0; pas sur un ordinateur partagé)',
    'account.locked':
      'Un mot de passe erroné a été saisi trop souvent. Ce compte est verrouillé pendant 15 minutes\u00a0; nous vous avons envoyé un e-mail. Réessayez plus tard ou choisissez un nouveau mot de passe.',
    'mail.lockout.subject': 'Votre compte Helemaal Digitaal est temporairement verrouillé',
    'mail.lockout.intro':
      'Quelqu’un a saisi trop souvent un mot de passe erroné pour votre compte. Il est donc verrouillé jusqu’au {until}. Ce n’était pas vous\u00a0? Choisissez un nouveau mot de passe avec le lien ci-dessous.',
    'mail.lockout.action': 'Choisir un nouveau mot de passe',
    'mail.lockout.outro':
      'C’était bien vous\u00a0? Vous n’avez rien à faire\u00a0: vous pourrez vous reconnecter ensuite.',
    'oidc.login_button': 'Se connecter avec votre compte public',
    'oidc.or_password': 'Ou connectez-vous avec votre adresse e-mail et votre mot de passe.',
    'oidc.failed': 'La connexion avec votre compte public a échoué. Réessayez.',
    'oidc.no_verified_email':
      'Votre compte public n’a pas d’adresse e-mail confirmée. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
    'oidc.other_account': 'Cette adresse e-mail appartient déjà à un autre compte public.',
    'oidc.organisation_missing.title': 'Votre organisation n’est pas encore enregistrée',
    'oidc.organisation_missing.message':
      'Votre compte public appartient à l’organisation numéro {number}, qui n’est pas encore sur la plateforme. Enregistrez-la et vous en deviendrez membre immédiatement.',
    'oidc.organisation_missing.submit': 'Enregistrer l’organisation',
    'oidc.organisation_missing.later': 'Plus tard',
    'second_factor.required': 'Confirmez d’abord votre connexion avec le code de votre application d’authentification.',
    'second_factor.code_invalid':
      'Ce code est incorrect ou a déjà été utilisé. Essayez le code suivant de votre application.',
    'second_factor.field.code': 'Code à six chiffres',
    'second_factor.field.code_or_recovery': 'Code à six chiffres ou code de récupération',
    'second_factor.setup.title': 'Configurer la vérification en deux étapes',
    'second_factor.setup.intro':
      'Les ambassadeurs et les administrateurs confirment chaque connexion avec un code d’une application d’authentification. Scannez le code QR avec l’application, ou recopiez la clé, puis saisissez le code affiché.',
    'second_factor.setup.secret': 'Clé à recopier',
    'second_factor.setup.qr': 'Code QR pour votre application d’authentification',
    'second_factor.setup.submit': 'Confirmer',
    'second_factor.reset.title': 'Réinitialiser la vérification en deux étapes d’une personne',
    'second_factor.reset.intro':
      'Téléphone ou codes de récupération perdus\u00a0? Indiquez l’adresse e-mail de la personne. Sa clé et ses codes de récupération sont effacés et toutes ses sessions fermées\u00a0; à la prochaine connexion, elle configure à nouveau la vérification en deux étapes.',
    'second_factor.reset.submit': 'Réinitialiser la vérification en deux étapes',
    'second_factor.reset.done':
      'La vérification en deux étapes de {email} a été effacée. Cette personne la configurera à sa prochaine connexion.',
    'second_factor.reset.none': 'Aucun compte avec cette adresse e-mail et une vérification en deux étapes.',
    'second_factor.verify.title': 'Confirmer la connexion',
    'second_factor.verify.intro':
      'Saisissez le code de votre application d’authentification. Vous n’avez pas votre appareil\u00a0? Utilisez un de vos codes de récupération.',
    'second_factor.verify.submit': 'Confirmer',
    'second_factor.recovery.title': 'Vos codes de récupération',
    'second_factor.recovery.intro':
      'La vérification en deux étapes est activée. Conservez ces codes en lieu sûr\u00a0: chaque code fonctionne une fois si vous perdez votre appareil. Nous ne les montrons qu’une seule fois.',
    'second_factor.recovery.continue': 'Continuer',
    'second_factor.account.status': 'Vérification en deux étapes',
    'second_factor.account.on': 'Activée',
    'second_factor.account.off': 'Désactivée',
    'second_factor.account.set_up': 'Configurer la vérification en deux étapes',
    'account.sessions.title': 'Où vous êtes connecté',
    'account.sessions.link': 'Voir où vous êtes connecté',
    'account.sessions.created': 'Connecté le',
    'account.sessions.last_used': 'Dernière utilisation',
    'account.sessions.device': 'Navigateur ou appareil',
    'account.sessions.unknown_device': 'Inconnu',
    'account.sessions.this_one': 'Cette session',
    'account.sessions.revoke': 'Déconnecter',
    'account.sessions.revoke_all': 'Se déconnecter partout',
    'account.sessions.revoked': 'La session a été fermée.',
  },
  {
    'account.password_contains_name':
      'Your password must not be made of your name or your organisation’s name. Choose something others do not know about you.',
    'account.login.keep_signed_in':
      'Keep me signed in, even when I am inactive for a while (up to 12 hours; not on a shared computer)',
    'account.locked':
      'A wrong password was entered too often. This account is locked for 15 minutes; we sent you an e-mail. Try again later or choose a new password.',
    'mail.lockout.subject': 'Your Helemaal Digitaal account is temporarily locked',
    'mail.lockout.intro':
      'Someone entered a wrong password for your account too often, so it is locked until {until}. Was it not you? Then choose a new password with the link below.',
    'mail.lockout.action': 'Choose a new password',
    'mail.lockout.outro': 'Was it you? Then you need not do anything: you can log in again after that time.',
    'oidc.login_button': 'Log in with your government account',
    'oidc.or_password': 'Or log in with your e-mail address and password.',
    'oidc.failed': 'Logging in with your government account did not work. Please try again.',
    'oidc.no_verified_email':
      'Your government account has no confirmed e-mail address. Log in with your e-mail address and password.',
    'oidc.other_account': 'This e-mail address already belongs to another government account.',
    'oidc.organisation_missing.title': 'Your organisation is not registered yet',
    'oidc.organisation_missing.message':
      'Your government account belongs to the organisation with number {number}, which is not on the platform yet. Register it and you become its member straight away.',
    'oidc.organisation_missing.submit': 'Register the organisation',
    'oidc.organisation_missing.later': 'Do this later',
    'second_factor.required': 'First confirm your login with the code from your authenticator app.',
    'second_factor.code_invalid': 'This code is not right or has already been used. Try the next code from your app.',
    'second_factor.field.code': 'Six-digit code',
    'second_factor.field.code_or_recovery': 'Six-digit code or recovery code',
    'second_factor.setup.title': 'Set up two-step verification',
    'second_factor.setup.intro':
      'Ambassadors and admins confirm every login with a code from an authenticator app. Scan the QR code with the app, or type in the key, then enter the code the app shows.',
    'second_factor.setup.secret': 'Key to type in',
    'second_factor.setup.qr': 'QR code for your authenticator app',
    'second_factor.setup.submit': 'Confirm',
    'second_factor.reset.title': 'Reset someone’s two-step verification',
    'second_factor.reset.intro':
      'Lost phone or recovery codes? Give the person’s e-mail address. Their key and recovery codes are erased and all their sessions ended; at their next login they set up two-step verification again.',
    'second_factor.reset.submit': 'Reset two-step verification',
    'second_factor.reset.done':
      'The two-step verification of {email} has been erased. They will set it up again at their next login.',
    'second_factor.reset.none': 'There is no account with this e-mail address and two-step verification.',
    'second_factor.verify.title': 'Confirm your login',
    'second_factor.verify.intro':
      'Enter the code from your authenticator app. Not at hand? Use one of your recovery codes.',
    'second_factor.verify.submit': 'Confirm',
    'second_factor.recovery.title': 'Your recovery codes',
    'second_factor.recovery.intro':
      'Two-step verification is on. Keep these recovery codes somewhere safe: each one works once if you lose your device. We show them only once.',
    'second_factor.recovery.continue': 'Continue',
    'second_factor.account.status': 'Two-step verification',
    'second_factor.account.on': 'On',
    'second_factor.account.off': 'Off',
    'second_factor.account.set_up': 'Set up two-step verification',
    'account.sessions.title': 'Where you are logged in',
    'account.sessions.link': 'See where you are logged in',
    'account.sessions.created': 'Logged in on',
    'account.sessions.last_used': 'Last used',
    'account.sessions.device': 'Browser or device',
    'account.sessions.unknown_device': 'Unknown',
    'account.sessions.this_one': 'This session',
    'account.sessions.revoke': 'Log out',
    'account.sessions.revoke_all': 'Log out everywhere',
    'account.sessions.revoked': 'The session has ended.',
  },
);
