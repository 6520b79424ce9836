// Demo challenges from (fictional) local governments, an OCMW and Flemish agencies.
import type { DemoChallenge } from './types.ts';

export const governmentChallenges: DemoChallenge[] = [
  {
    key: 'c-cyberincident-vlasbeke',
    organisation: 'gemeente-vlasbeke',
    title: 'Herstel na ransomware-aanval op de gemeentelijke servers',
    description:
      'Op maandagochtend bleken bij Gemeente Vlasbeke de bestandsservers en de agenda van het gemeentehuis ' +
      'versleuteld. De dienstverlening aan het loket draait sindsdien op papier. Het Cyber Response Team van de ' +
      'Vlaamse overheid en onze ICT-leverancier zijn verwittigd en de getroffen systemen zijn losgekoppeld. We zoeken ' +
      'bijkomende ondersteuning voor drie zaken: een onafhankelijk forensisch onderzoek naar hoe de aanvallers ' +
      'binnenkwamen, het gecontroleerd terugzetten van back-ups zonder het risico dat de aanvaller nog aanwezig is, ' +
      'en een plan om ons netwerk daarna te segmenteren en beter te bewaken. De partner moet binnen 48 uur ter plaatse ' +
      'kunnen zijn en ervaring hebben met lokale besturen. Alle informatie over dit incident is vertrouwelijk en wordt ' +
      'enkel gedeeld met partners die een geheimhoudingsverklaring ondertekenen.',
    sectors: ['government', 'security'],
    spearheads: [6],
    region: 'BE25',
    language: 'nl',
    urgency: 'critical',
    deadlineInDays: 7,
    durationMonths: null,
    desiredKinds: ['service'],
    classification: 'confidential',
    status: 'in_progress',
  },
  {
    key: 'c-cyberbewustzijn-heidebeek',
    organisation: 'gemeente-heidebeek',
    title: 'Cyberbewustzijn van medewerkers en mandatarissen verhogen',
    description:
      'Gemeente Heidebeek en haar OCMW hebben samen 340 medewerkers en 27 mandatarissen. Na de aanvallen op andere ' +
      'lokale besturen willen we niet afwachten. Technische maatregelen hebben we grotendeels genomen, maar de ' +
      'zwakste schakel blijft de mens: een gehaaste klik op een valse factuur of een gedeeld wachtwoord. We zoeken een ' +
      'programma dat het cyberbewustzijn stap voor stap verhoogt: regelmatige, realistische phishingtesten, korte ' +
      'leermodules in het Nederlands die ook voor medewerkers van de technische dienst en de kinderopvang haalbaar ' +
      'zijn, en een eenvoudige manier om verdachte berichten te melden. We willen per dienst zien hoe het ' +
      'bewustzijn evolueert, zonder individuele medewerkers te viseren. Het programma moet passen binnen de ' +
      'minimale normen voor informatieveiligheid die voor lokale besturen gelden.',
    sectors: ['government', 'security'],
    spearheads: [6, 1],
    region: 'BE22',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 60,
    durationMonths: null,
    desiredKinds: ['service', 'platform'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-digitaal-loket-scheldemeers',
    organisation: 'stad-scheldemeers',
    title: 'Mobiel eerst: attesten en aanvragen via de smartphone',
    description:
      'Stad Scheldemeers levert jaarlijks meer dan 60.000 attesten en uittreksels af, van een bewijs van woonst tot ' +
      'een uittreksel uit het strafregister. Twee op de drie bezoekers van onze website komen via hun smartphone, maar ' +
      'ons e-loket is gebouwd voor een computer en vraagt nog vaak om een kaartlezer. Daardoor komen veel mensen toch ' +
      'naar het loket. We willen onze digitale dienstverlening herdenken vanuit de gebruiker: aanmelden met een ' +
      'mobiele app, formulieren die al ingevuld zijn met wat de overheid al weet, een duidelijke status van de aanvraag ' +
      'en een attest dat meteen op de smartphone staat. De oplossing moet toegankelijk zijn volgens WCAG 2.1 AA, ' +
      'aansluiten op de gedeelde bouwstenen van de Vlaamse overheid en door andere steden hergebruikt kunnen worden. ' +
      'We zoeken een partner voor ontwerp, bouw en gebruikerstesten met inwoners.',
    sectors: ['government'],
    spearheads: [5, 8],
    region: 'BE21',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 90,
    durationMonths: null,
    desiredKinds: ['app', 'platform', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-opendata-scheldemeers',
    organisation: 'stad-scheldemeers',
    title: 'Stadsgegevens vlot publiceren als open data',
    description:
      'Onze diensten beschikken over waardevolle gegevens: tellingen van fietsers, bezetting van parkings, ' +
      'luchtkwaliteit, vergunningen en subsidies. Vandaag publiceren we die sporadisch als losse bestanden op onze ' +
      'website, zonder vaste structuur of beschrijving. Ontwikkelaars en onderzoekers vragen om actuele, ' +
      'machineleesbare datasets met een stabiele API. We zoeken een oplossing die datasets rechtstreeks uit onze ' +
      'bronsystemen haalt, controleert op persoonsgegevens, beschrijft met metadata volgens DCAT-AP Vlaanderen en ' +
      'automatisch doorgeeft aan de Vlaamse open-datacatalogus. Diensten moeten zelf datasets kunnen beheren zonder ' +
      'tussenkomst van de ICT-dienst. We willen ook kunnen meten welke datasets gebruikt worden, zodat we gericht ' +
      'kunnen investeren in de kwaliteit van de gegevens die er het meest toe doen.',
    sectors: ['government', 'mobility'],
    spearheads: [3, 8],
    region: 'BE21',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: 180,
    durationMonths: null,
    desiredKinds: ['platform', 'advice'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-proactieve-rechten-ocmw',
    organisation: 'ocmw-heidebeek',
    title: 'Sociale rechten automatisch toekennen aan wie er recht op heeft',
    description:
      'Veel inwoners van Heidebeek hebben recht op een verminderde bijdrage, een tussenkomst in de energiefactuur of ' +
      'een vrijetijdspas, maar vragen die nooit aan. De redenen: ze weten het niet, de formulieren zijn ingewikkeld of ' +
      'ze schamen zich. Het OCMW wil die rechten proactief toekennen. Daarvoor moeten we gegevens over inkomen en ' +
      'gezinssituatie, die de overheid al heeft, veilig en met een wettelijke basis kunnen gebruiken, en de ' +
      'voorwaarden van onze reglementen omzetten in regels die een systeem kan toepassen. De inwoner krijgt dan een ' +
      'brief of bericht dat het recht is toegekend, met een uitleg en de mogelijkheid om te weigeren. We zoeken een ' +
      'oplossing die transparant is over de regels, controleerbaar door onze maatschappelijk werkers, en die ook ' +
      'bruikbaar is voor andere OCMW’s.',
    sectors: ['government', 'care'],
    spearheads: [5, 3, 9],
    region: 'BE22',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 120,
    durationMonths: null,
    desiredKinds: ['platform', 'advice'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-chatbot-open-loket',
    organisation: 'agentschap-open-loket',
    title: 'Een betrouwbare AI-assistent voor vragen van burgers',
    description:
      'Ons contactcenter beantwoordt jaarlijks 400.000 vragen over premies, attesten en procedures. Een groot deel ' +
      'zijn eenvoudige vragen waarvan het antwoord op onze website staat, maar moeilijk te vinden is. We willen ' +
      'onderzoeken of een AI-assistent op basis van een taalmodel die vragen kan beantwoorden, in gewone taal en op ' +
      'elk uur. De voorwaarden zijn strikt: de assistent antwoordt enkel op basis van onze eigen, actuele ' +
      'informatie en vermeldt altijd de bron, zegt eerlijk wanneer hij het niet weet, verwijst door naar een ' +
      'medewerker, en bewaart geen persoonsgegevens langer dan nodig. De werking moet uitlegbaar zijn en voldoen aan ' +
      'de Europese AI-verordening. We willen de kwaliteit van de antwoorden meten met echte vragen voor we live gaan.',
    sectors: ['government'],
    spearheads: [4, 5],
    region: 'BE2',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: null,
    durationMonths: 9,
    desiredKinds: ['platform', 'service'],
    classification: 'public',
    status: 'matched',
  },
  {
    key: 'c-authentieke-bronnen-api',
    organisation: 'agentschap-open-loket',
    title: 'Authentieke gegevensbronnen via API voor lokale besturen',
    description:
      'Lokale besturen vragen burgers nog vaak documenten op die de Vlaamse overheid al heeft, zoals een ' +
      'energieprestatiecertificaat, een attest gezinssamenstelling of gegevens over een kinderbijslagdossier. ' +
      'Het agentschap wil deze authentieke bronnen beter ontsluiten via gedocumenteerde API’s die gemeenten en ' +
      'hun softwareleveranciers eenvoudig kunnen gebruiken. We zoeken advies en technologie voor een veilige ' +
      'gegevensuitwisseling tussen overheden: sterke authenticatie van de vragende partij, logging van elke ' +
      'raadpleging, controle op de wettelijke grondslag en duidelijke afspraken over beschikbaarheid. Ook het beheer ' +
      'van de API’s (versies, documentatie, testomgevingen) moet eenvoudiger. Deze vraag is intern omdat ze de ' +
      'architectuur van bestaande systemen beschrijft.',
    sectors: ['government'],
    spearheads: [8, 3],
    region: 'BE2',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: null,
    durationMonths: 18,
    desiredKinds: ['platform', 'advice'],
    classification: 'internal',
    status: 'published',
  },
  {
    key: 'c-datakluis-burgerdata',
    organisation: 'steunpunt-burgerdata',
    title: 'Burgers zelf laten beslissen wie hun gegevens mag gebruiken',
    description:
      'Het Vlaams Steunpunt Burgerdata wil burgers meer controle geven over hun eigen gegevens. Een persoonlijke ' +
      'datakluis, gebaseerd op de open Solid-standaard, kan daarbij helpen: de burger bewaart er zijn diploma’s, ' +
      'attesten of gezondheidsgegevens en geeft een dienst tijdelijk toegang, bijvoorbeeld een werkgever die een ' +
      'diploma wil controleren. We zoeken organisaties die toepassingen willen bouwen bovenop zulke datakluizen, en ' +
      'partners die helpen om de toestemming voor burgers begrijpelijk te maken. Belangrijk zijn een heldere ' +
      'uitleg in eenvoudige taal, de mogelijkheid om een toestemming op elk moment in te trekken, en het minimaliseren ' +
      'van gegevens: een dienst krijgt alleen wat nodig is. We willen in een jaar drie concrete toepassingen in ' +
      'proefproject hebben, bij voorkeur met bedrijven en lokale besturen samen.',
    sectors: ['government', 'work'],
    spearheads: [3, 9, 8],
    region: 'BE2',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: null,
    durationMonths: 12,
    desiredKinds: ['platform', 'research', 'app'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-participatie-vlasbeke',
    organisation: 'gemeente-vlasbeke',
    title: 'Digitale inspraak van inwoners bij het nieuwe mobiliteitsplan',
    description:
      'Gemeente Vlasbeke maakt een nieuw mobiliteitsplan voor haar dorpskernen. Op de klassieke infoavonden zien we ' +
      'vooral dezelfde mensen terug; jongeren, jonge gezinnen en pendelaars bereiken we nauwelijks. We zoeken een ' +
      'platform voor digitale participatie waarop inwoners voorstellen kunnen doen, ideeën van anderen kunnen ' +
      'bespreken en aanduiden op een kaart waar ze zich onveilig voelen. Het platform moet ook werken voor wie niet ' +
      'digitaal vaardig is, bijvoorbeeld via begeleide sessies in de bibliotheek. Transparantie is essentieel: ' +
      'inwoners moeten zien wat er met hun input gebeurt. We willen vermijden dat luide minderheden of valse ' +
      'accounts het debat domineren, en persoonsgegevens mogen niet voor iets anders gebruikt worden. Liefst een open ' +
      'oplossing die we ook bij volgende projecten kunnen inzetten.',
    sectors: ['government', 'mobility'],
    spearheads: [9, 5],
    region: 'BE25',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 80,
    durationMonths: null,
    desiredKinds: ['platform'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-glasvezel-heidebeek',
    organisation: 'gemeente-heidebeek',
    title: 'Snel internet en 5G op het bedrijventerrein Heidebeek-Noord',
    description:
      'Op het bedrijventerrein Heidebeek-Noord zijn 48 bedrijven gevestigd, vooral kmo’s uit de maakindustrie en ' +
      'logistiek. Verschillende bedrijven klagen over trage en onbetrouwbare verbindingen, waardoor ze niet kunnen ' +
      'overstappen naar toepassingen in de cloud, sensoren in hun productie of telewerk. Geen enkele operator plant ' +
      'hier op korte termijn glasvezel. De gemeente wil de bedrijven samenbrengen om de vraag te bundelen en zoekt ' +
      'partners die een haalbare oplossing voorstellen: een gedeeld glasvezelnet, een privaat 5G-campusnetwerk, of een ' +
      'combinatie. We willen inzicht in kosten, energieverbruik en beheer, en een model waarin bedrijven samen ' +
      'investeren zonder dat één leverancier de markt afsluit. De gemeente kan zorgen voor vergunningen en het ' +
      'gebruik van openbaar domein.',
    sectors: ['industry', 'logistics', 'government'],
    spearheads: [7, 2],
    region: 'BE22',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 150,
    durationMonths: null,
    desiredKinds: ['advice', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-digitaal-huis-ocmw',
    organisation: 'ocmw-heidebeek',
    title: 'Een digitaal huis waar inwoners terecht kunnen met hun vragen',
    description:
      'Steeds meer inwoners komen naar het Sociaal Huis met vragen die niets met hun dossier te maken hebben: hoe ' +
      'ze een afspraak maken bij de mutualiteit, een foto uploaden voor een rijbewijs of een mail van de bank ' +
      'herkennen als oplichting. We willen een vast aanspreekpunt voor digitale hulp opzetten, samen met de ' +
      'bibliotheek en vrijwilligers, met een onthaal waar mensen zonder afspraak binnen kunnen en een ' +
      'uitleentoestel kunnen gebruiken. We zoeken partners die vrijwilligers opleiden, oefenmateriaal aanleveren en ' +
      'helpen om de vragen te registreren, zodat we zien waar mensen het vaakst op vastlopen. Deze vraag is nog in ' +
      'voorbereiding.',
    sectors: ['government', 'care'],
    spearheads: [1, 5],
    region: 'BE22',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: 120,
    durationMonths: null,
    desiredKinds: ['service'],
    classification: 'public',
    status: 'draft',
  },
  {
    key: 'c-blockchain-vlasbeke',
    organisation: 'gemeente-vlasbeke',
    title: 'Blockchain voor de gemeente',
    description:
      'De gemeenteraad vroeg het college om te onderzoeken of blockchain kan helpen om de gemeentelijke ' +
      'dienstverlening moderner en betrouwbaarder te maken. We hebben zelf weinig kennis over deze technologie en ' +
      'zoeken een partner die ons uitlegt wat de mogelijkheden zijn. Mogelijke toepassingen zijn het bijhouden van ' +
      'vergunningen, het registreren van de uitleen van materiaal aan verenigingen of het afleveren van attesten. We ' +
      'hebben nog geen budget bepaald en weten ook nog niet welke dienst dit zou opvolgen. Alle ideeën zijn welkom, ' +
      'ook als blockchain niet de beste keuze blijkt te zijn.',
    sectors: ['government'],
    spearheads: [8],
    region: 'BE25',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: 180,
    durationMonths: null,
    desiredKinds: ['advice'],
    classification: 'public',
    status: 'sent_back',
  },
  {
    key: 'c-testcentrum-afspraken',
    organisation: 'stad-scheldemeers',
    title: 'Tijdelijke afsprakenmodule voor het vaccinatie- en testcentrum',
    description:
      'Voor de najaarscampagne van het tijdelijke vaccinatie- en testcentrum zocht de stad een module waarmee ' +
      'inwoners zelf een tijdslot kunnen kiezen, een herinnering per sms krijgen en een afspraak kunnen verplaatsen. ' +
      'De module moest klaar zijn voor de start van de campagne, toegankelijk zijn voor mensen met een visuele ' +
      'beperking, werken in het Nederlands, Frans, Engels en Arabisch en de capaciteit per uur kunnen beperken. ' +
      'Persoonsgegevens moesten na afloop van de campagne gewist worden. De campagne is intussen voorbij zonder dat ' +
      'er tijdig een geschikte partner gevonden werd; we hebben het opgelost met een manuele planning. De vraag is ' +
      'verlopen en blijft enkel ter informatie zichtbaar.',
    sectors: ['government', 'care'],
    spearheads: [5],
    region: 'BE21',
    language: 'nl',
    urgency: 'critical',
    deadlineInDays: -30,
    durationMonths: null,
    desiredKinds: ['app', 'platform'],
    classification: 'public',
    status: 'expired',
  },
  {
    key: 'c-newcomers-scheldemeers',
    organisation: 'stad-scheldemeers',
    title: 'Multilingual digital welcome desk for newcomers',
    description:
      'Every year around 4,000 people from abroad register in Scheldemeers: international students, researchers, ' +
      'port workers and refugees. They face a long list of first steps: registering their address, opening a bank ' +
      'account, finding a general practitioner, enrolling children in school and learning about Dutch courses. Today ' +
      'this information is scattered over many websites, mostly in Dutch only. We are looking for a digital welcome ' +
      'desk that guides newcomers step by step, in plain language and in at least English, French, Arabic, Ukrainian ' +
      'and Spanish, and that works well on a mobile phone. It should remember where a person is in the process without ' +
      'requiring them to create an account, and connect them to a human counsellor when they get stuck. Content must be ' +
      'easy for city staff to keep up to date. Machine translation is acceptable if a person reviews the results.',
    sectors: ['government', 'work'],
    spearheads: [5, 9],
    region: 'BE21',
    language: 'en',
    urgency: 'medium',
    deadlineInDays: 100,
    durationMonths: null,
    desiredKinds: ['platform', 'app'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-algoritmeregister',
    organisation: 'agentschap-open-loket',
    title: 'Een register van algoritmes en AI-toepassingen bij de overheid',
    description:
      'Verschillende entiteiten van de Vlaamse overheid gebruiken algoritmes en AI om dossiers te prioriteren, ' +
      'fraude op te sporen of vragen te sorteren. Burgers en het parlement vragen terecht om transparantie: welke ' +
      'systemen worden gebruikt, waarvoor, met welke gegevens en met welk menselijk toezicht? We willen een register ' +
      'opzetten waarin elke entiteit haar toepassingen beschrijft volgens een vast sjabloon, met een risicoanalyse ' +
      'en een contactpersoon. We zoeken advies over een bruikbaar sjabloon dat aansluit bij de Europese ' +
      'AI-verordening, een eenvoudig beheerinstrument en ervaring met het toetsen van algoritmes op vooringenomenheid. ' +
      'Deze vraag is voorlopig intern omdat ze nog binnen de administratie wordt afgestemd.',
    sectors: ['government'],
    spearheads: [4, 9, 3],
    region: 'BE2',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: null,
    durationMonths: 12,
    desiredKinds: ['advice', 'platform'],
    classification: 'internal',
    status: 'published',
  },
];
