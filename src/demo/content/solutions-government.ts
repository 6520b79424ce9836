// Demo solutions for local and Flemish government: security, data, AI, participation and services.
import type { DemoSolution } from './types.ts';

export const governmentSolutions: DemoSolution[] = [
  {
    key: 's-schildwacht-phishing',
    organisation: 'schildwacht',
    title: 'Phishingsimulaties en bewustmaking voor besturen en scholen',
    description:
      'Schildwacht stuurt gedurende een jaar regelmatig realistische, nagebootste phishingberichten naar ' +
      'medewerkers, afgestemd op de organisatie: valse facturen, pakjesberichten, gedeelde documenten. Wie klikt, ' +
      'krijgt meteen een korte uitleg van twee minuten in plaats van een verwijt. Daarnaast zijn er microlessen in ' +
      'het Nederlands en Frans, ook voor medewerkers zonder eigen computer, een meldknop voor verdachte mails en ' +
      'begeleiding bij het invoeren van tweestapsverificatie. Het dashboard toont het cyberbewustzijn per dienst, ' +
      'nooit per persoon, en levert rapporten die aansluiten bij de minimale normen voor informatieveiligheid van ' +
      'lokale besturen en onderwijsinstellingen.',
    kind: 'service',
    technologies: ['phishingsimulatie', 'e-learning', 'tweestapsverificatie'],
    sectors: ['government', 'education', 'security'],
    spearheads: [6, 1],
    trl: null,
    marketStage: 'scale',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr'],
    references: 'Gemeenten, OCMW’s, politiezones en scholengroepen in heel Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-schildwacht-incidentrespons',
    organisation: 'schildwacht',
    title: 'Incidentrespons bij ransomware voor lokale besturen',
    description:
      'Bij een cyberaanval zoals ransomware staat ons team dag en nacht paraat. We isoleren getroffen systemen, ' +
      'voeren forensisch onderzoek uit naar de manier waarop de aanvaller binnenkwam, controleren back-ups op ' +
      'besmetting voor ze teruggezet worden en begeleiden de communicatie met inwoners, pers en het Cyber Response ' +
      'Team van de Vlaamse overheid. Daarna stellen we een herstelplan op met netwerksegmentatie, bewaking en ' +
      'oefeningen. Binnen 24 uur ter plaatse in Vlaanderen en Brussel.',
    kind: 'service',
    technologies: ['digitale forensiek', 'incidentrespons', 'netwerksegmentatie', 'back-up'],
    sectors: ['government', 'security'],
    spearheads: [6],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr', 'en'],
    references: 'Gemeenten, intergemeentelijke samenwerkingsverbanden en zorginstellingen.',
    classification: 'internal',
    status: 'published',
  },
  {
    key: 's-itsasargi-cyber-range',
    organisation: 'itsasargi',
    title: 'Cyber range exercises for public administrations',
    description:
      'A cyber range is a safe replica of an organisation’s network in which staff practise responding to realistic ' +
      'attacks. We run one-day exercises for municipalities and agencies: a ransomware scenario, a phishing campaign ' +
      'or a data leak, played by the IT team together with the mayor’s office and communication staff. Participants ' +
      'learn to recognise the first signs of an incident, take decisions under pressure and restore services. Each ' +
      'exercise ends with a report and concrete improvement actions. Built within the Basque cyber security ecosystem ' +
      'and offered to Flemish partners in the framework of the Basque-Flemish cooperation on digitalisation.',
    kind: 'service',
    technologies: ['cyber range', 'incident simulation', 'tabletop exercise'],
    sectors: ['government', 'security'],
    spearheads: [6, 1],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['ES21', 'BE2', 'NL'],
    languages: ['en', 'es'],
    references: 'Basque municipalities, provincial councils and industrial SMEs.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-opendata',
    organisation: 'datadelta',
    title: 'Open-dataplatform dat datasets rechtstreeks uit bronsystemen publiceert',
    description:
      'Ons platform haalt gegevens automatisch uit de bronsystemen van een stad of agentschap (tellingen, ' +
      'parkeerbezetting, luchtkwaliteit, vergunningen), controleert ze op persoonsgegevens en publiceert ze als open ' +
      'data met een stabiele API en downloads in CSV en JSON. Metadata volgen DCAT-AP Vlaanderen, zodat datasets ' +
      'vanzelf in de Vlaamse open-datacatalogus verschijnen. Diensten beheren hun eigen datasets via een eenvoudige ' +
      'webinterface. Gebruiksstatistieken tonen welke data het meest gevraagd worden.',
    kind: 'platform',
    technologies: ['DCAT-AP', 'open data', 'REST API', 'linked data'],
    sectors: ['government', 'mobility'],
    spearheads: [3, 8],
    trl: null,
    marketStage: 'scale',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'en'],
    references: 'Steden en een provinciebestuur in Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-taalassistent',
    organisation: 'datadelta',
    title: 'Virtuele assistent voor klantencontact die altijd zijn bron vermeldt',
    description:
      'Een virtuele assistent op basis van generatieve AI die vragen van burgers beantwoordt, uitsluitend met ' +
      'informatie uit de eigen, actuele webpagina’s en kennisbank van de organisatie. Elk antwoord vermeldt de ' +
      'bron; bij twijfel zegt de assistent dat hij het niet weet en verwijst hij door naar een medewerker. ' +
      'Gesprekken worden na dertig dagen gewist. Een evaluatiemodule meet de kwaliteit van de antwoorden op een ' +
      'testset van echte vragen, en de documentatie volgt de verplichtingen van de Europese AI-verordening.',
    kind: 'platform',
    technologies: ['generatieve AI', 'retrieval-augmented generation', 'chatbot', 'evaluatie'],
    sectors: ['government'],
    spearheads: [4, 5],
    trl: null,
    marketStage: 'pilot',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'NL'],
    languages: ['nl', 'fr', 'en'],
    references: 'Pilootprojecten bij een agentschap en twee steden.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-regels-als-code',
    organisation: 'datadelta',
    title: 'Regelgeving als code voor automatische toekenning van rechten',
    description:
      'We zetten de voorwaarden van reglementen (verminderde tarieven, toelagen, vrijetijdspassen) om in leesbare, ' +
      'testbare regels. Gekoppeld aan gegevens die de overheid al heeft, bepaalt het systeem wie recht heeft op een ' +
      'voordeel, zodat een OCMW of gemeente dat recht proactief kan toekennen in plaats van te wachten op een ' +
      'aanvraag. Maatschappelijk werkers zien per beslissing welke regels toegepast werden, en burgers krijgen een ' +
      'begrijpelijke uitleg en kunnen weigeren of bezwaar maken.',
    kind: 'platform',
    technologies: ['rules as code', 'beslissingsmodel', 'API', 'audittrail'],
    sectors: ['government', 'care'],
    spearheads: [5, 3, 9],
    trl: null,
    marketStage: 'pilot',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Proefproject met twee OCMW’s rond energietussenkomsten.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-algoritmeregister',
    organisation: 'datadelta',
    title: 'Begeleiding bij een algoritmeregister en AI-impacttoets',
    description:
      'We helpen overheden om hun algoritmes en AI-toepassingen in kaart te brengen in een register: een sjabloon dat ' +
      'aansluit bij de Europese AI-verordening, een risicoklassering, een toets op vooringenomenheid en ' +
      'discriminatie, en een beheerinstrument waarin entiteiten hun toepassingen zelf bijhouden.',
    kind: 'advice',
    technologies: ['AI-governance', 'bias-audit', 'register'],
    sectors: ['government'],
    spearheads: [4, 9, 3],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'en'],
    references: 'Vlaamse en federale overheidsdiensten.',
    classification: 'internal',
    status: 'published',
  },
  {
    key: 's-polderlicht-e-loket',
    organisation: 'polderlicht',
    title: 'Mobiel e-loket met vooraf ingevulde aanvragen',
    description:
      'Een e-loket dat vanaf de eerste schets voor de smartphone ontworpen is. Inwoners melden zich aan met een ' +
      'mobiele app, formulieren zijn vooraf ingevuld met gegevens uit authentieke bronnen, de status van een aanvraag ' +
      'is altijd zichtbaar en attesten komen als pdf met digitale handtekening meteen in de app. Alle schermen ' +
      'voldoen aan WCAG 2.1 AA en worden getest met inwoners, ook met mensen met een beperking en laaggeletterden. ' +
      'De bouwstenen zijn open source en herbruikbaar door andere gemeenten, en sluiten aan op gedeelde diensten ' +
      'van de overheid voor aanmelden, betalen en berichten.',
    kind: 'app',
    technologies: ['mobile first', 'WCAG 2.1 AA', 'open source', 'digitale handtekening'],
    sectors: ['government'],
    spearheads: [5, 8],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['NL', 'BE2'],
    languages: ['nl'],
    references: 'Nederlandse gemeenten in Noord-Brabant en Limburg.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-hogeschool-toestemming-datakluis',
    organisation: 'hogeschool-scheldeland',
    title: 'Begrijpelijk toestemmingsbeheer voor persoonlijke datakluizen',
    description:
      'Onderzoek naar hoe burgers toestemming geven en intrekken voor het gebruik van gegevens in hun persoonlijke ' +
      'datakluis (Solid pod). We ontwerpen en testen toestemmingsschermen in eenvoudige taal, met aandacht voor ' +
      'dataminimalisatie en voor mensen met beperkte digitale vaardigheden, en leveren herbruikbare componenten ' +
      'voor organisaties die toepassingen op datakluizen bouwen.',
    kind: 'research',
    technologies: ['Solid', 'toestemmingsbeheer', 'gebruikersonderzoek'],
    sectors: ['government', 'care'],
    spearheads: [3, 9, 5],
    trl: 3,
    marketStage: null,
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'en'],
    references: 'In samenwerking met lokale besturen in Oost-Vlaanderen.',
    classification: 'public',
    status: 'submitted',
  },
  {
    key: 's-pleinwerk-inspraak',
    organisation: 'pleinwerk',
    title: 'Pleinwerk Inspraak: burgerparticipatie met kaart en terugkoppeling',
    description:
      'Een platform voor digitale burgerparticipatie waarop inwoners ideeën indienen, reageren, stemmen en op een ' +
      'kaart aanduiden waar ze een probleem zien, bijvoorbeeld een onveilig kruispunt. Het bestuur koppelt bij elk ' +
      'voorstel terug wat ermee gebeurt. Aanmelden gebeurt met een verificatie per inwoner om valse accounts te weren, ' +
      'en persoonsgegevens worden enkel voor het traject gebruikt. Een begeleide modus laat bibliotheekmedewerkers ' +
      'inwoners helpen die niet digitaal vaardig zijn. De broncode is open.',
    kind: 'platform',
    technologies: ['participatie', 'kaarten', 'open source', 'stemmodule'],
    sectors: ['government', 'mobility'],
    spearheads: [9, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'free_period',
    freeMonths: 3,
    regionsServed: ['BE2'],
    languages: ['nl', 'fr'],
    references: 'Gemeenten in West-Vlaanderen voor mobiliteitsplannen en dorpsvernieuwing.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-pleinwerk-meertalig-onthaal',
    organisation: 'pleinwerk',
    title: 'Meertalig digitaal onthaal voor nieuwkomers',
    description:
      'Een mobiele website die nieuwkomers stap voor stap begeleidt bij hun eerste weken in een Vlaamse stad: ' +
      'inschrijving in de gemeente, bankrekening, huisarts, school voor de kinderen en lessen Nederlands. De inhoud ' +
      'is in eenvoudige taal en beschikbaar in het Nederlands, Engels, Frans, Arabisch, Oekraïens en Spaans; ' +
      'automatische vertalingen worden door een medewerker nagelezen. Zonder account onthoudt de site waar iemand ' +
      'staat, en met één knop kan de nieuwkomer een afspraak vragen bij een onthaalmedewerker. Stadsdiensten passen ' +
      'de inhoud zelf aan.',
    kind: 'platform',
    technologies: ['meertaligheid', 'machinevertaling', 'mobiele website', 'eenvoudige taal'],
    sectors: ['government', 'work'],
    spearheads: [5, 9],
    trl: null,
    marketStage: 'pilot',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'en', 'fr'],
    references: 'Piloot in een centrumstad met een groot aantal internationale studenten.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-itsasargi-private-5g',
    organisation: 'itsasargi',
    title: 'Private 5G campus networks for industrial parks',
    description:
      'We design, deploy and operate private 5G networks for business parks where public fibre or mobile coverage ' +
      'falls short. Companies on the park share one network, each with its own secure slice for production sensors, ' +
      'automated guided vehicles, video and office connectivity. Our feasibility study compares a shared fibre ' +
      'backbone, private 5G and a combination, with costs, energy use and an operating model in which the companies ' +
      'co-invest and no single vendor locks in the market.',
    kind: 'service',
    technologies: ['5G', 'network slicing', 'fibre', 'edge computing'],
    sectors: ['industry', 'logistics'],
    spearheads: [7, 2],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['ES21', 'BE2'],
    languages: ['en', 'es'],
    references: 'Industrial parks and a port area in the Basque Country.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-federatie-vraagbundeling-glasvezel',
    organisation: 'federatie-digitale-kmo',
    title: 'Vraagbundeling voor glasvezel op bedrijventerreinen',
    description:
      'De federatie begeleidt gemeenten en ondernemers op bedrijventerreinen die samen betere connectiviteit willen. ' +
      'We brengen de vraag van de bedrijven in kaart, organiseren een gezamenlijke marktbevraging bij operatoren, ' +
      'en helpen bij het opzetten van een samenwerkingsvorm waarin bedrijven samen investeren in glasvezel of een ' +
      'campusnetwerk. De begeleiding is gratis voor leden.',
    kind: 'advice',
    technologies: ['glasvezel', 'vraagbundeling', '5G'],
    sectors: ['industry', 'logistics', 'government'],
    spearheads: [7, 2],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Bedrijventerreinen in Limburg en de Kempen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-imec-aanbod-in-kaart',
    organisation: 'imec',
    title: 'Digitale oplossingen in kaart brengen voor de taskforce',
    description:
      'Binnen de taskforce Vlaanderen Helemaal Digitaal brengt imec met zijn kennisplatform de aanbodzijde in kaart: ' +
      'welke digitale oplossingen van bedrijven en onderzoeksgroepen kunnen helpen bij de uitdagingen die ontstaan in ' +
      'de samenleving en bij de overheid. In overleg met de ondernemersverenigingen worden geschikte oplossingen ' +
      'verzameld en betrokken partijen met elkaar in contact gebracht.',
    kind: 'advice',
    technologies: ['kennisplatform', 'matching'],
    sectors: ['government', 'industry'],
    spearheads: [2, 8],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'en'],
    references: 'In het kader van de taskforce Vlaanderen Helemaal Digitaal.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-pleinwerk-afsprakenmodule',
    organisation: 'pleinwerk',
    title: 'Afsprakenmodule voor tijdelijke test- en vaccinatiecentra',
    description:
      'Een module waarmee inwoners zelf een tijdslot kiezen in een tijdelijk centrum, een herinnering per sms ' +
      'krijgen en hun afspraak verplaatsen. Meertalig en toegankelijk, met een capaciteitslimiet per uur; ' +
      'persoonsgegevens worden na de campagne gewist. Niet langer aangeboden sinds het einde van de campagnes.',
    kind: 'app',
    technologies: ['afsprakenplanning', 'sms', 'toegankelijkheid'],
    sectors: ['government', 'care'],
    spearheads: [5],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'fr', 'en'],
    references: 'Gebruikt door drie tijdelijke centra tijdens de coronacampagnes.',
    classification: 'public',
    status: 'archived',
  },
];
