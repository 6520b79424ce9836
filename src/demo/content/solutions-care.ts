// Demo solutions for care, home care and the hotel-beds-for-hospitals example.
import type { DemoSolution } from './types.ts';

export const careSolutions: DemoSolution[] = [
  {
    key: 's-zilverlijn-beeldbellen',
    organisation: 'zilverlijn',
    title: 'Zilverlijn: beeldbellen met één aanraking in de zorg voor ouderen',
    description:
      'Zilverlijn is een eenvoudig scherm met app voor woonzorgcentra en assistentiewoningen. Bewoners voeren ' +
      'videogesprekken met hun kinderen, kleinkinderen en vrijwilligers zonder wachtwoord of menu’s: een vertrouwd ' +
      'contact belt, het scherm toont een grote foto en de bewoner neemt op met één aanraking, of het gesprek start ' +
      'vanzelf als de familie dat mag. Familieleden plannen zelf een belmoment in via een webpagina of gewone ' +
      'smartphone, zonder extra app. Grote ondertitels en een versterkte luidspreker helpen slechthorenden. Het ' +
      'zorgpersoneel beheert met een overzicht per leefgroep wie mag bellen. Zo pakken we sociaal isolement en het ' +
      'gevoel van alleen te zijn aan, zonder extra werk voor de zorg. Gegevens worden in de EU bewaard; de camera is ' +
      'standaard afgedekt.',
    kind: 'app',
    technologies: ['videobellen', 'WebRTC', 'tablet', 'spraakherkenning'],
    sectors: ['care'],
    spearheads: [5, 9, 1],
    trl: null,
    marketStage: 'market',
    pricing: 'free_period',
    freeMonths: 3,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr'],
    references: 'In gebruik bij een twintigtal woonzorgcentra en assistentiewoningen in Oost- en West-Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-polderlicht-companion',
    organisation: 'polderlicht',
    title: 'Companion screen: one-touch video calls for older adults',
    description:
      'Our companion screen helps older people in nursing homes and at home stay in touch with family and friends. ' +
      'The device is mounted on the wall or placed on a bedside table and needs no login: relatives call from an ' +
      'ordinary phone, the screen shows who is calling and the resident answers with a single large button or hands ' +
      'free. Care staff manage a whitelist of trusted callers from a web dashboard. Residents with hearing loss get ' +
      'live captions, and a reminder function suggests a call when someone has not had contact for a few days. The ' +
      'aim is simple: less loneliness, more contact, and no extra workload for caregivers. Available in Dutch, ' +
      'English and German; hosted in the Netherlands.',
    kind: 'product',
    technologies: ['video calling', 'captions', 'Android', 'device management'],
    sectors: ['care'],
    spearheads: [5, 9],
    trl: null,
    marketStage: 'scale',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['NL', 'BE2'],
    languages: ['en', 'nl'],
    references: 'Used by care organisations in the south of the Netherlands and by several home-care providers.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-hogeschool-radar-valdetectie',
    organisation: 'hogeschool-scheldeland',
    title: 'Valincidenten herkennen met radarsensoren, zonder camera',
    description:
      'Het Expertisecentrum Zorgtechnologie onderzoekt hoe kleine radarsensoren aan het plafond een val of langdurige ' +
      'inactiviteit kunnen detecteren bij ouderen die alleen wonen. De sensor ziet geen beelden maar alleen bewegingen ' +
      'en houding, zodat de privacy van de bewoner gerespecteerd blijft. Een lerend model, getraind op gesimuleerde ' +
      'valpartijen, onderscheidt een val van gaan zitten of bukken en geeft bij elke melding een begrijpelijke uitleg. ' +
      'Bij een alarm wordt een mantelzorger of de permanentie van een thuiszorgdienst verwittigd. We zoeken ' +
      'thuiszorgorganisaties die willen deelnemen aan een proefproject in echte woningen, om het aantal valse ' +
      'alarmen en de aanvaarding bij ouderen te meten. Installatie zonder verbouwing, stroom via een gewoon stopcontact.',
    kind: 'research',
    technologies: ['radar', 'machine learning', 'edge computing', 'uitlegbare AI'],
    sectors: ['care'],
    spearheads: [4, 9],
    trl: 5,
    marketStage: null,
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Getest in een zorglabo en in twaalf woningen van vrijwilligers.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-zorgrooster',
    organisation: 'datadelta',
    title: 'Zorgrooster: personeelsplanning voor zorginstellingen met uitlegbare voorstellen',
    description:
      'Zorgrooster maakt voorstellen voor uurroosters van verpleging, zorg en logistiek in woonzorgcentra en ' +
      'ziekenhuizen. Het houdt rekening met zorgzwaarte, arbeidsregels, competenties en voorkeuren van medewerkers, ' +
      'en voorspelt afwezigheden op basis van historische gegevens. Bij een ziekmelding stelt het de beste ' +
      'vervangers voor en toont het waarom. De planner keurt altijd zelf goed. Medewerkers ruilen diensten via een ' +
      'mobiele app. Koppelingen met de courante loonpakketten zijn beschikbaar.',
    kind: 'platform',
    technologies: ['optimalisatie', 'voorspellende modellen', 'mobiele app', 'API'],
    sectors: ['care', 'work'],
    spearheads: [4, 3],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'fr'],
    references: 'Ziekenhuizen en woonzorgcentra in Antwerpen en Limburg.',
    classification: 'public',
    status: 'submitted',
  },
  {
    key: 's-groenbit-rondeplanner',
    organisation: 'groenbit',
    title: 'Groene rondeplanner voor thuisverpleging en diensten aan huis',
    description:
      'De rondeplanner van GroenBit berekent elke ochtend en opnieuw tijdens de dag de beste route voor ' +
      'thuisverpleegkundigen, poetshulpen en maaltijdbedeling. Hij houdt rekening met vaste zorgmomenten zoals ' +
      'insulinetoediening, met de voorkeur voor een vaste zorgverlener per cliënt, met actuele verkeersinformatie ' +
      'uit open data en met de laadtoestand van elektrische wagens. Een dashboard toont de bespaarde kilometers en ' +
      'uitstoot. De app voor de zorgverlener werkt ook zonder netwerk en synchroniseert later.',
    kind: 'platform',
    technologies: ['routeoptimalisatie', 'open verkeersdata', 'elektrische voertuigen'],
    sectors: ['care', 'mobility', 'energy'],
    spearheads: [3, 7],
    trl: null,
    marketStage: 'pilot',
    pricing: 'free_period',
    freeMonths: 6,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Pilootprojecten bij twee diensten voor thuisverpleging in de provincie Antwerpen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-zilverlijn-zorgnetwerk',
    organisation: 'zilverlijn',
    title: 'Gedeelde zorgagenda voor mantelzorgers en thuiszorg',
    description:
      'Een eenvoudige app waarin het netwerk rond een oudere (familie, buren, thuisverpleging) samen afspraken, ' +
      'boodschappen en korte berichten bijhoudt, met toestemming van de oudere zelf. Voorleesfunctie en grote ' +
      'letters maken de app toegankelijk. Nog in ontwikkeling met een cliëntenraad.',
    kind: 'app',
    technologies: ['mobiele app', 'gedeelde agenda', 'toegankelijkheid'],
    sectors: ['care'],
    spearheads: [5, 1],
    trl: 4,
    marketStage: null,
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Nog geen klanten; ontwikkeld met feedback van mantelzorgers.',
    classification: 'public',
    status: 'draft',
  },
  {
    key: 's-beddenbrug',
    organisation: 'beddenbrug',
    title: 'Beddenbrug: hotelkamers inzetten voor ziekenhuizen en zorgpersoneel',
    description:
      'Beddenbrug is een platform dat ziekenhuizen, woonzorgcentra en lokale besturen verbindt met hotels die ' +
      'tijdelijk kamers ter beschikking willen stellen. Een zorginstelling plaatst een vraag naar opvang voor ' +
      'herstellende patiënten, zorgpersoneel of familie van opgenomen patiënten; hotels in de buurt zien de vraag en ' +
      'bieden hun beschikbare kamers aan volgens vooraf afgesproken raamcontracten voor prijs, schoonmaak, ' +
      'verzekering en infectiepreventie. In een crisis, wanneer ziekenhuisbedden schaars zijn en het toerisme stilvalt, ' +
      'kan de capaciteit zo binnen enkele uren ingezet worden. Buiten crisistijd dient het platform voor ' +
      'overnachtingen van familieleden en stagiairs. Beddenbrug werkt per provincie met de hotelsector en de ' +
      'eerstelijnszones.',
    kind: 'platform',
    technologies: ['marktplaats', 'raamcontracten', 'beschikbaarheidskalender'],
    sectors: ['hospitality', 'care'],
    spearheads: [2, 9, 8],
    trl: null,
    marketStage: 'pilot',
    pricing: 'free_period',
    freeMonths: 6,
    regionsServed: ['BE25', 'BE23'],
    languages: ['nl', 'fr'],
    references: 'Proefproject met hotels aan de kust en een regionaal ziekenhuis in West-Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-beddenbrug-fr',
    organisation: 'beddenbrug',
    title: 'Des chambres d’hôtel pour les hôpitaux et le personnel soignant',
    description:
      'Notre plateforme permet aux hôtels de mettre temporairement leurs chambres à la disposition des hôpitaux, des ' +
      'maisons de repos et des pouvoirs locaux. L’établissement de soins publie un besoin (nombre de lits, période, ' +
      'accessibilité) et les hôtels de la région proposent leurs chambres selon des conditions convenues à l’avance : ' +
      'prix, nettoyage, assurance et prévention des infections. En période de crise, quand les lits d’hôpital ' +
      'manquent et que le tourisme s’arrête, la capacité hôtelière peut ainsi être mobilisée en quelques heures.',
    kind: 'platform',
    technologies: ['place de marché', 'calendrier de disponibilité'],
    sectors: ['hospitality', 'care'],
    spearheads: [2, 9],
    trl: null,
    marketStage: 'pilot',
    pricing: 'free_period',
    freeMonths: 6,
    regionsServed: ['BE10', 'BE2'],
    languages: ['fr', 'nl'],
    references: 'Version francophone de Beddenbrug, en test avec des hôtels bruxellois.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-schildwacht-zorg-forensisch',
    organisation: 'schildwacht',
    title: 'Forensisch onderzoek en opvolging van datalekken in de zorg',
    description:
      'Wanneer er een vermoeden is van ongeoorloofde toegang tot patiënten- of bewonersdossiers, onderzoekt ons ' +
      'team de logboeken van het zorgdossier en de netwerkapparatuur, stelt het vast welke gegevens ingezien of ' +
      'meegenomen zijn en helpt het bij de melding aan de toezichthouder en de communicatie met betrokkenen. Daarna ' +
      'begeleiden we het beheer van toegangsrechten voor externe leveranciers: tijdelijke accounts, ' +
      'tweestapsverificatie en waarschuwingen bij afwijkend gedrag. We werken onder geheimhouding en zijn binnen ' +
      '24 uur ter plaatse.',
    kind: 'service',
    technologies: ['digitale forensiek', 'logboekanalyse', 'toegangsbeheer', 'SIEM'],
    sectors: ['care', 'security'],
    spearheads: [6, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr', 'en'],
    references: 'Woonzorgcentra, revalidatiecentra en een netwerk van huisartsenpraktijken.',
    classification: 'public',
    status: 'published',
  },
];
