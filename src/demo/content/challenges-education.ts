// Demo challenges from schools and adult education.
import type { DemoChallenge } from './types.ts';

export const educationChallenges: DemoChallenge[] = [
  {
    key: 'c-afstandsonderwijs-leiestroom',
    organisation: 'scholengroep-leiestroom',
    title: 'Afstandsonderwijs voor leerlingen die lange tijd niet naar school kunnen',
    description:
      'Scholengroep Leiestroom telt vijf secundaire scholen in de regio Kortrijk. Elk schooljaar zijn er tientallen ' +
      'leerlingen die weken of maanden thuis moeten blijven: na een operatie, door een chronische ziekte of in ' +
      'quarantaine. Tijdens de coronacrisis hebben we in allerijl afstandsonderwijs georganiseerd, maar dat was een ' +
      'lappendeken van tools. We willen nu een duurzame aanpak waarmee een leerling thuis live een les kan volgen, ' +
      'vragen kan stellen en opdrachten kan indienen, en waarmee leerkrachten zonder veel voorbereiding een les ' +
      'hybride kunnen geven. Het moet werken met ons bestaande leerplatform en met de laptops die leerlingen van school ' +
      'krijgen, ook bij een zwakke internetverbinding. Privacy van de andere leerlingen in de klas is een voorwaarde: ' +
      'geen opnames zonder toestemming. We zoeken zowel technologie als begeleiding van leerkrachten, en willen ' +
      'volgend semester in drie klassen starten.',
    sectors: ['education'],
    spearheads: [1, 5],
    region: 'BE25',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 75,
    durationMonths: null,
    desiredKinds: ['platform', 'service', 'advice'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-toestellen-kleine-wereld',
    organisation: 'bs-kleine-wereld',
    title: 'Laptops en internet voor kinderen die thuis moeten leren',
    description:
      'In Basisschool De Kleine Wereld in Aalst heeft ongeveer een derde van de gezinnen geen eigen computer, en ' +
      'een aantal gezinnen ook geen vaste internetverbinding. Toen de lessen tijdens de lockdown thuis moesten ' +
      'doorgaan, konden die kinderen niet mee. We zochten toestellen die we aan gezinnen kunnen uitlenen, een ' +
      'eenvoudige manier om ze te beheren en te beveiligen, en een oplossing voor gezinnen zonder internet, zoals ' +
      'mobiele hotspots of leermateriaal dat offline werkt. Ook ouders hadden hulp nodig om hun kind op weg te zetten, ' +
      'liefst in meerdere talen. Via het platform kwamen we in contact met een partner die gerecupereerde laptops ' +
      'opknapt en een vzw die ouders begeleidt. Alle 62 kinderen die het nodig hadden, kregen een toestel. We laten ' +
      'deze vraag online staan als voorbeeld voor andere basisscholen.',
    sectors: ['education'],
    spearheads: [1, 9],
    region: 'BE23',
    language: 'nl',
    urgency: 'critical',
    deadlineInDays: 30,
    durationMonths: null,
    desiredKinds: ['product', 'service'],
    classification: 'public',
    status: 'solved',
  },
  {
    key: 'c-digitale-vaardigheden-cvo',
    organisation: 'cvo-horizon',
    title: 'Digitale basisvaardigheden voor volwassenen die niet mee zijn',
    description:
      'CVO Horizon in Leuven ziet in zijn cursussen Nederlands en basiseducatie veel volwassenen die moeite hebben met ' +
      'digitale basishandelingen: inloggen met de eID of itsme, een afspraak maken bij de dokter, een formulier van de ' +
      'gemeente invullen of een bankoverschrijving doen. Ook vijftigplussers die hun werk verloren, lopen vast. We ' +
      'willen een leertraject in kleine stappen dat cursisten zelfstandig kunnen oefenen, op een smartphone en op ' +
      'een computer, met oefenomgevingen die lijken op echte overheidstoepassingen maar zonder risico. Het materiaal ' +
      'moet in eenvoudige taal zijn, met pictogrammen en voorleesfunctie, en begeleiders moeten de voortgang kunnen ' +
      'volgen. We zoeken partners die zulk materiaal al hebben of samen met ons willen ontwikkelen, en die het gratis ' +
      'of tegen een kleine vergoeding aan centra voor volwassenenonderwijs ter beschikking stellen.',
    sectors: ['education', 'work'],
    spearheads: [1, 5],
    region: 'BE24',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 120,
    durationMonths: null,
    desiredKinds: ['platform', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-ai-in-de-klas',
    organisation: 'scholengroep-leiestroom',
    title: 'Verantwoord omgaan met AI-chatbots in de klas',
    description:
      'Onze leerlingen gebruiken generatieve AI voor taken en samenvattingen, vaak zonder te begrijpen hoe die ' +
      'systemen werken of waar ze fouten maken. Leerkrachten voelen zich onzeker: verbieden werkt niet, en zomaar ' +
      'toelaten ook niet. We zoeken ondersteuning om een gedragen schoolbeleid rond AI op te stellen, met duidelijke ' +
      'afspraken over wat mag bij taken en toetsen, en met lesmateriaal waarmee leerlingen leren kritisch te kijken ' +
      'naar antwoorden van een taalmodel, bronnen te controleren en hun eigen gegevens te beschermen. Daarnaast willen ' +
      'we weten welke AI-toepassingen leerkrachten zelf veilig kunnen gebruiken om differentiatie en feedback te ' +
      'verbeteren, zonder dat persoonsgegevens van leerlingen bij een externe dienst terechtkomen. Een goede oplossing ' +
      'combineert een vorming voor leerkrachten, kant-en-klare lessen voor de derde graad en een sjabloon voor het beleid.',
    sectors: ['education'],
    spearheads: [4, 1],
    region: 'BE25',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 100,
    durationMonths: null,
    desiredKinds: ['advice', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-phishing-cvo',
    organisation: 'cvo-horizon',
    title: 'Phishing en gekaapte accounts bij leerkrachten en cursisten',
    description:
      'Het voorbije jaar werden bij ons centrum elf accounts van leerkrachten overgenomen via valse aanmeldpagina’s. ' +
      'Vanuit die accounts werden berichten verstuurd naar cursisten, die op hun beurt persoonsgegevens doorgaven. ' +
      'We hebben geen eigen ICT-beveiligingsteam en onze medewerkers werken vaak van thuis uit of vanuit ' +
      'verschillende lesplaatsen. We zoeken een aanpak die bewustmaking combineert met technische maatregelen: ' +
      'realistische oefeningen met nagebootste phishingberichten, korte opleidingen die passen in een personeelsvergadering, ' +
      'en hulp bij het invoeren van tweestapsverificatie voor iedereen, ook voor cursisten zonder smartphone. De aanpak ' +
      'moet betaalbaar zijn voor een onderwijsinstelling en resultaten opleveren die we aan ons bestuur kunnen rapporteren.',
    sectors: ['education', 'security'],
    spearheads: [6, 1],
    region: 'BE24',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 60,
    durationMonths: null,
    desiredKinds: ['service', 'advice'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-enseignement-distance-tilleuls',
    organisation: 'ecole-tilleuls',
    title: 'Enseignement à distance pour les élèves hospitalisés',
    description:
      'L’École fondamentale Les Tilleuls, à Bruxelles, accueille 310 élèves. Chaque année, plusieurs enfants sont ' +
      'hospitalisés ou doivent rester à la maison pendant de longues périodes à cause d’une maladie grave. Ils perdent ' +
      'alors le contact avec leur classe et prennent du retard. Nous cherchons une solution simple pour qu’un élève ' +
      'puisse suivre les cours à distance, voir le tableau, entendre l’enseignant et parler avec ses camarades, depuis ' +
      'sa chambre d’hôpital ou depuis chez lui. Les enseignants ne sont pas des spécialistes de l’informatique : ' +
      'l’installation en classe doit prendre moins de cinq minutes. La solution doit respecter la vie privée des autres ' +
      'élèves et fonctionner avec le wifi limité des hôpitaux. Une interface en français et en néerlandais serait un ' +
      'atout, car nous collaborons avec des écoles néerlandophones du quartier.',
    sectors: ['education', 'care'],
    spearheads: [1, 5],
    region: 'BE10',
    language: 'fr',
    urgency: 'medium',
    deadlineInDays: 90,
    durationMonths: null,
    desiredKinds: ['product', 'platform'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-schoolnetwerk-leiestroom',
    organisation: 'scholengroep-leiestroom',
    title: 'Toekomstbestendig en zuinig netwerk voor twaalf campussen',
    description:
      'De netwerkinfrastructuur van onze twaalf campussen is op sommige plaatsen vijftien jaar oud. Het wifi-netwerk ' +
      'bezwijkt wanneer een volledige klas tegelijk een digitale toets aflegt, en we hebben geen zicht op welke ' +
      'toestellen verbonden zijn. Bij de vernieuwing willen we meteen goed doen: voldoende capaciteit voor de komende ' +
      'tien jaar, een apart netwerk voor leerlingen, personeel en gebouwbeheer, centrale monitoring, en apparatuur die ' +
      'weinig energie verbruikt en ’s nachts automatisch zuiniger werkt. We zoeken advies voor het lastenboek en ' +
      'leveranciers die hun energieverbruik en de levensduur van hun toestellen kunnen aantonen. Deze vraag is intern ' +
      'omdat ze details over onze huidige infrastructuur bevat.',
    sectors: ['education'],
    spearheads: [7, 6],
    region: 'BE25',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 150,
    durationMonths: null,
    desiredKinds: ['advice', 'product'],
    classification: 'internal',
    status: 'published',
  },
];
