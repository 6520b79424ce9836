// Demo solutions for education, adult education and digital inclusion.
import type { DemoSolution } from './types.ts';

export const educationSolutions: DemoSolution[] = [
  {
    key: 's-klasrijk-onderwijs-op-afstand',
    organisation: 'klasrijk',
    title: 'Klasrijk Hybride: onderwijs op afstand voor zieke leerlingen',
    description:
      'Met Klasrijk Hybride volgt een leerling die thuis of in het ziekenhuis verblijft, de les live mee vanuit de ' +
      'eigen klas. Een compacte camera met microfoon op het bureau van de leerkracht toont het bord en de leerkracht; ' +
      'de leerling thuis kan via de laptop het woord vragen, meedoen met groepswerk en opdrachten indienen in het ' +
      'leerplatform van de school. Lesgeven op afstand vraagt zo geen extra voorbereiding: de leerkracht zet de set ' +
      'aan en begint. Medeleerlingen worden niet opgenomen en er wordt niets bewaard. De verbinding past zich aan ' +
      'aan een trage internetlijn. We begeleiden leerkrachten met een korte opleiding en bieden een uitleenpakket ' +
      'voor scholen en scholengroepen.',
    kind: 'platform',
    technologies: ['videostreaming', 'leerplatformkoppeling', 'LTI', 'laag-bandbreedte video'],
    sectors: ['education'],
    spearheads: [1, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr', 'en'],
    references: 'Secundaire scholen in Vlaams-Brabant en West-Vlaanderen, en ziekenhuisscholen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-klasrijk-classe-connectee',
    organisation: 'klasrijk',
    title: 'Classe connectée : l’enseignement à distance pour les élèves malades',
    description:
      'Classe connectée permet à un élève hospitalisé ou malade à la maison de suivre les cours en direct depuis sa ' +
      'classe. Un kit caméra-micro posé sur le bureau de l’enseignant se connecte en quelques minutes ; l’élève voit ' +
      'le tableau, entend l’enseignant, lève la main virtuellement et parle avec ses camarades. Rien n’est ' +
      'enregistré et la vie privée des autres élèves est respectée. La connexion s’adapte au wifi limité des ' +
      'hôpitaux. Interface en français et en néerlandais.',
    kind: 'product',
    technologies: ['diffusion vidéo', 'kit caméra', 'faible bande passante'],
    sectors: ['education', 'care'],
    spearheads: [1, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE10', 'BE2'],
    languages: ['fr', 'nl'],
    references: 'Écoles fondamentales bruxelloises et écoles d’hôpital.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-klasrijk-klasrobot',
    organisation: 'klasrijk',
    title: 'Telepresentierobot die in de klas de plaats van de leerling inneemt',
    description:
      'Een kleine robot met scherm die de leerling thuis zelf bestuurt: draaien naar het bord of naar een ' +
      'klasgenoot, de hand opsteken met een lampje. Aanvulling op Klasrijk Hybride voor langdurig zieke leerlingen. ' +
      'Nog in voorbereiding; prijs en beschikbaarheid volgen.',
    kind: 'product',
    technologies: ['robotica', 'videostreaming'],
    sectors: ['education'],
    spearheads: [1],
    trl: 6,
    marketStage: null,
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Prototype getest in één basisschool.',
    classification: 'public',
    status: 'draft',
  },
  {
    key: 's-klik-kom-digihulp',
    organisation: 'klik-en-kom',
    title: 'Digitale hulp op maat voor wie niet mee is',
    description:
      'Klik & Kom vzw leidt vrijwilligers op die inwoners helpen met hun smartphone, computer en online ' +
      'overheidsdiensten: aanmelden met itsme of de eID, een afspraak maken, een formulier invullen, oplichting ' +
      'herkennen. We zetten samen met OCMW’s, bibliotheken en centra voor volwassenenonderwijs vaste digipunten op, ' +
      'met inloopmomenten en uitleentoestellen. Ons oefenmateriaal is geschreven in eenvoudige taal met ' +
      'pictogrammen, en bevat veilige oefenomgevingen die lijken op echte toepassingen. Een eenvoudig registratie- ' +
      'formulier toont waar mensen het vaakst vastlopen, zodat een bestuur zijn digitale dienstverlening kan ' +
      'verbeteren. Voor lokale besturen en scholen is de basisbegeleiding gratis.',
    kind: 'service',
    technologies: ['oefenomgeving', 'eenvoudige taal', 'digitale inclusie'],
    sectors: ['care', 'education', 'government'],
    spearheads: [1, 5, 9],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE25', 'BE23', 'BE22'],
    languages: ['nl'],
    references: 'Digipunten in samenwerking met een tiental OCMW’s en bibliotheken in West-Vlaanderen en Limburg.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-groenbit-tweede-leven-laptops',
    organisation: 'groenbit',
    title: 'Tweede leven voor laptops: opgeknapte toestellen voor scholen en gezinnen',
    description:
      'GroenBit haalt afgeschreven laptops op bij bedrijven en overheden, wist de gegevens gecertificeerd, vervangt ' +
      'batterijen waar nodig en installeert een beheerd besturingssysteem met filter en educatieve software. Scholen ' +
      'kunnen de toestellen uitlenen aan leerlingen die thuis geen computer hebben, en we leveren op vraag mobiele ' +
      'hotspots voor gezinnen zonder internet. Zo krijgen kinderen een toestel om thuis te leren, en krijgt ' +
      'bruikbare hardware een tweede leven in plaats van afval te worden.',
    kind: 'service',
    technologies: ['refurbishing', 'toestelbeheer', 'gegevenswissing', 'mobiele hotspot'],
    sectors: ['education', 'energy'],
    spearheads: [1, 9, 7],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Basisscholen in Oost-Vlaanderen en een scholengroep in Kortrijk.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-hogeschool-ai-geletterdheid',
    organisation: 'hogeschool-scheldeland',
    title: 'AI-geletterdheid voor leerkrachten en leerlingen',
    description:
      'Een vormingstraject van drie sessies voor schoolteams over generatieve artificiële intelligentie: hoe ' +
      'taalmodellen werken, waar ze fouten maken en hoe je ze verantwoord inzet bij taken, toetsen en feedback. ' +
      'Scholen krijgen een sjabloon voor een AI-beleid en kant-en-klare lessen voor de tweede en derde graad waarin ' +
      'leerlingen antwoorden van een chatbot kritisch leren controleren en hun persoonsgegevens leren beschermen.',
    kind: 'advice',
    technologies: ['generatieve AI', 'taalmodellen', 'lesmateriaal'],
    sectors: ['education'],
    spearheads: [4, 1],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Al gegeven in een dertigtal secundaire scholen en lerarenopleidingen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-itsasargi-digital-skills',
    organisation: 'itsasargi',
    title: 'Digital skills bootcamps for adults and job seekers',
    description:
      'Short, hands-on bootcamps that teach adults the digital basics they need in daily life and at work: using ' +
      'e-government services, online banking safely, video calls, spreadsheets and recognising scams. Learners ' +
      'practise in safe simulated environments on their own phone or a loaned laptop, guided by trainers and an ' +
      'online course with plain-language videos. Developed in the Basque Country with adult education centres and ' +
      'employment services; we are looking for Flemish partners to adapt the material to Dutch.',
    kind: 'service',
    technologies: ['e-learning', 'simulated environments', 'blended learning'],
    sectors: ['education', 'work'],
    spearheads: [1, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['ES21', 'BE2'],
    languages: ['en', 'es'],
    references: 'Adult education centres and employment offices in Biscay and Gipuzkoa.',
    classification: 'public',
    status: 'published',
  },
];
