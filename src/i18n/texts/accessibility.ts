import { defineMessages } from '../define.ts';

export const accessibilityMessages = defineMessages(
  {
    'a11y.nav': 'Toegankelijkheid',
    'a11y.title': 'Toegankelijkheidsverklaring',
    'a11y.intro':
      'De Vlaamse overheid wil dat Helemaal Digitaal voor iedereen bruikbaar is. Deze verklaring geldt voor het volledige platform.',
    'a11y.status_heading': 'Nalevingsstatus',
    'a11y.status':
      'Het platform is ontworpen om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA en de Europese norm EN 301 549. Elke pagina wordt bij elke wijziging automatisch getest met axe-core in Chromium, op een smal en een breed scherm, in het Nederlands, Frans en Engels, en met JavaScript uitgeschakeld.',
    'a11y.measures_heading': 'Wat we doen',
    'a11y.measure_keyboard':
      'Alles werkt met het toetsenbord, met een zichtbare focus en een link om meteen naar de inhoud te springen.',
    'a11y.measure_no_js': 'Alle pagina’s en formulieren werken zonder JavaScript.',
    'a11y.measure_zoom':
      'Tekst blijft leesbaar bij 200% zoom en op schermen van 320 pixels breed, zonder horizontaal te scrollen.',
    'a11y.measure_forms':
      'Foutmeldingen in formulieren worden bovenaan samengevat en staan bij het veld waarover ze gaan.',
    'a11y.measure_charts': 'Grafieken hebben altijd dezelfde cijfers in een tabel.',
    'a11y.limits_heading': 'Bekende beperkingen',
    'a11y.limits':
      'Inhoud die organisaties zelf plaatsen, blijft in de taal waarin ze geschreven is. Meld ons elk probleem dat u tegenkomt.',
    'a11y.feedback_heading': 'Een probleem melden',
    'a11y.feedback_intro':
      'Kunt u iets niet gebruiken? Laat het ons weten. We antwoorden binnen vijf werkdagen als u een e-mailadres geeft.',
    'a11y.field_page': 'Op welke pagina?',
    'a11y.field_message': 'Wat ging er mis?',
    'a11y.field_email': 'Uw e-mailadres (niet verplicht)',
    'a11y.send': 'Melding versturen',
    'a11y.thanks_title': 'Bedankt voor uw melding',
    'a11y.thanks': 'We hebben uw melding ontvangen en bekijken ze zo snel mogelijk.',
    'a11y.date': 'Deze verklaring werd opgesteld op 23 november 2026.',
  },
  {
    'a11y.nav': 'Accessibilité',
    'a11y.title': 'Déclaration d’accessibilité',
    'a11y.intro':
      'Le gouvernement flamand veut que Helemaal Digitaal soit utilisable par tous. Cette déclaration s’applique à toute la plateforme.',
    'a11y.status_heading': 'État de conformité',
    'a11y.status':
      'La plateforme est conçue pour respecter les Règles pour l’accessibilité des contenus Web (WCAG) 2.1 niveau AA et la norme européenne EN 301 549. Chaque page est testée automatiquement à chaque modification avec axe-core dans Chromium, sur un écran étroit et un écran large, en néerlandais, français et anglais, et avec JavaScript désactivé.',
    'a11y.measures_heading': 'Ce que nous faisons',
    'a11y.measure_keyboard':
      'Tout fonctionne au clavier, avec un focus visible et un lien pour aller directement au contenu.',
    'a11y.measure_no_js': 'Toutes les pages et tous les formulaires fonctionnent sans JavaScript.',
    'a11y.measure_zoom':
      'Le texte reste lisible avec un zoom de 200 % et sur des écrans de 320 pixels de large, sans défilement horizontal.',
    'a11y.measure_forms': 'Les erreurs de formulaire sont résumées en haut et affichées près du champ concerné.',
    'a11y.measure_charts': 'Les graphiques sont toujours accompagnés des mêmes chiffres dans un tableau.',
    'a11y.limits_heading': 'Limites connues',
    'a11y.limits':
      'Le contenu publié par les organisations reste dans la langue où il a été écrit. Signalez-nous tout problème rencontré.',
    'a11y.feedback_heading': 'Signaler un problème',
    'a11y.feedback_intro':
      'Vous ne parvenez pas à utiliser quelque chose\u00a0? Dites-le-nous. Nous répondons dans les cinq jours ouvrables si vous indiquez une adresse e-mail.',
    'a11y.field_page': 'Sur quelle page\u00a0?',
    'a11y.field_message': 'Qu’est-ce qui n’a pas fonctionné\u00a0?',
    'a11y.field_email': 'Votre adresse e-mail (facultatif)',
    'a11y.send': 'Envoyer le signalement',
    'a11y.thanks_title': 'Merci pour votre signalement',
    'a11y.thanks': 'Nous avons bien reçu votre signalement et l’examinerons au plus vite.',
    'a11y.date': 'Cette déclaration a été établie le 23 novembre 2026.',
  },
  {
    'a11y.nav': 'Accessibility',
    'a11y.title': 'Accessibility statement',
    'a11y.intro':
      'The Flemish government wants Helemaal Digitaal to be usable by everyone. This statement covers the whole platform.',
    'a11y.status_heading': 'Compliance status',
    'a11y.status':
      'The platform is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.1 level AA and the European standard EN 301 549. Every page is tested automatically on every change with axe-core in Chromium, on a narrow and a wide screen, in Dutch, French and English, and with JavaScript turned off.',
    'a11y.measures_heading': 'What we do',
    'a11y.measure_keyboard':
      'Everything works with the keyboard, with a visible focus and a link to skip straight to the content.',
    'a11y.measure_no_js': 'Every page and form works without JavaScript.',
    'a11y.measure_zoom':
      'Text stays readable at 200% zoom and on screens 320 pixels wide, without horizontal scrolling.',
    'a11y.measure_forms': 'Form errors are summarised at the top and shown next to the field they concern.',
    'a11y.measure_charts': 'Charts always come with the same figures in a table.',
    'a11y.limits_heading': 'Known limitations',
    'a11y.limits':
      'Content posted by organisations stays in the language it was written in. Please report any problem you meet.',
    'a11y.feedback_heading': 'Report a problem',
    'a11y.feedback_intro':
      'Something you cannot use? Let us know. We answer within five working days if you give an e-mail address.',
    'a11y.field_page': 'On which page?',
    'a11y.field_message': 'What went wrong?',
    'a11y.field_email': 'Your e-mail address (optional)',
    'a11y.send': 'Send report',
    'a11y.thanks_title': 'Thank you for your report',
    'a11y.thanks': 'We have received your report and will look at it as soon as possible.',
    'a11y.date': 'This statement was drawn up on 23 November 2026.',
  },
);
