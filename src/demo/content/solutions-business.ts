// Demo solutions for shops, companies, hospitality, culture, agriculture and logistics.
import type { DemoSolution } from './types.ts';

export const businessSolutions: DemoSolution[] = [
  {
    key: 's-druktemeter',
    organisation: 'druktemeter',
    title: 'Druktemeter: live winkeldrukte voor handelaars en winkelstraten',
    description:
      'Druktemeter telt anoniem hoeveel bezoekers er binnen zijn met een kleine sensor boven de deur, zonder camera ' +
      'en zonder smartphones te volgen. Klanten zien de actuele bezoekersaantallen en de verwachte rustige momenten ' +
      'per uur op de website van de winkel, op een scherm aan de ingang en in een gratis app voor de hele ' +
      'winkelstraat. Zo spreiden klanten hun bezoek en vermijden ze wachtrijen; vooral oudere en kwetsbare klanten ' +
      'waarderen dat. De handelaar installeert de sensor zelf in tien minuten en kiest een maximale bezetting. ' +
      'Handelaarsverenigingen krijgen een overzicht voor de hele straat. Geen persoonsgegevens, dus ook geen ' +
      'toestemming nodig.',
    kind: 'product',
    technologies: ['anonieme telsensor', 'IoT', 'voorspelling', 'mobiele app'],
    sectors: ['retail'],
    spearheads: [5, 9, 2],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr', 'en'],
    references: 'Meer dan 300 winkels, twee markthallen en een handelaarsvereniging in Antwerpen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-druktemeter-fr',
    organisation: 'druktemeter',
    title: 'Compteur d’affluence pour commerces et rues commerçantes',
    description:
      'Un capteur discret au-dessus de la porte compte les visiteurs de façon anonyme, sans caméra ni suivi des ' +
      'smartphones. Les clients consultent en direct l’affluence du magasin et les heures creuses prévues, sur le ' +
      'site web, sur un écran à l’entrée ou dans une application commune à la rue. Ils étalent ainsi leurs achats et ' +
      'évitent les files d’attente. Installation par le commerçant en dix minutes.',
    kind: 'product',
    technologies: ['capteur anonyme', 'IoT', 'prévision'],
    sectors: ['retail'],
    spearheads: [5, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE10', 'BE2'],
    languages: ['fr', 'nl'],
    references: 'Commerces indépendants à Bruxelles et en Flandre.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-itsasargi-occupancy',
    organisation: 'itsasargi',
    title: 'Privacy-preserving occupancy counting for shops and markets',
    description:
      'Low-cost sensors that count people entering and leaving a shop, market hall or museum without cameras or ' +
      'tracking personal devices. Live crowd levels and a forecast of quiet hours are shown on a public web page, ' +
      'an entrance display and an open API, so visitors can avoid busy moments and shop owners can respect capacity ' +
      'limits. Sensors are battery powered and installed without wiring. Dashboards aggregate the whole shopping ' +
      'street for local business associations and city centre managers.',
    kind: 'product',
    technologies: ['people counting', 'LoRaWAN', 'open API', 'forecasting'],
    sectors: ['retail', 'culture'],
    spearheads: [5, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['ES21', 'BE2'],
    languages: ['en', 'es'],
    references: 'Shopping streets and municipal markets in Bilbao and San Sebastián.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-druktemeter-stadswebshop',
    organisation: 'druktemeter',
    title: 'Stadswebshop voor lokale handelaars met centraal afhaalpunt',
    description:
      'Een gedeelde webshop voor een handelaarsvereniging: elke winkel beheert eigen producten en voorraad, de klant ' +
      'rekent één keer af voor aankopen bij verschillende winkels, en bestellingen worden gebundeld voor een ' +
      'afhaalpunt of levering per fietskoerier. Klantgegevens blijven van de vereniging.',
    kind: 'platform',
    technologies: ['e-commerce', 'betaalplatform', 'voorraadbeheer'],
    sectors: ['retail', 'logistics'],
    spearheads: [2],
    trl: null,
    marketStage: 'pilot',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE21'],
    languages: ['nl'],
    references: 'Piloot met één winkelstraat in Antwerpen.',
    classification: 'public',
    status: 'submitted',
  },
  {
    key: 's-werkplek-overal-thuiswerk',
    organisation: 'werkplek-overal',
    title: 'Thuiswerkplek in een week voor kmo’s zonder ICT-afdeling',
    description:
      'Werkplek Overal zorgt dat de kantoormedewerkers van een kmo binnen een week veilig thuis kunnen werken. We ' +
      'leveren en beheren laptops, verhuizen bestanden van de server naar een beveiligde cloudomgeving of maken ze ' +
      'via een versleutelde verbinding bereikbaar, zorgen voor toegang tot het ERP- of boekhoudpakket, ' +
      'videovergaderen en een telefooncentrale in de cloud. Iedereen krijgt tweestapsverificatie. We helpen met ' +
      'afspraken over werken op afstand en geven een korte opleiding. Eén maandprijs per werkplek, inclusief ' +
      'helpdesk in het Nederlands.',
    kind: 'service',
    technologies: ['cloud', 'VPN', 'toestelbeheer', 'cloudtelefonie', 'tweestapsverificatie'],
    sectors: ['work', 'industry'],
    spearheads: [2, 6],
    trl: null,
    marketStage: 'scale',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Ruim 150 kmo’s uit maakindustrie, bouw en dienstverlening.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-polderlicht-remote-work',
    organisation: 'polderlicht',
    title: 'Secure remote work kit for small offices',
    description:
      'A ready-to-use package that lets small offices such as accountants, notaries and engineering firms work from ' +
      'home without putting client files at risk: managed laptops with disk encryption, single sign-on with ' +
      'multi-factor authentication, a secure client portal for exchanging documents, access logs showing who opened ' +
      'which file, and remote wipe of lost or stolen devices. We configure everything in two weeks and train staff ' +
      'in a one-hour session, so nobody needs private e-mail or USB sticks anymore.',
    kind: 'service',
    technologies: ['device management', 'MFA', 'client portal', 'encryption'],
    sectors: ['work', 'security'],
    spearheads: [6, 2],
    trl: null,
    marketStage: 'market',
    pricing: 'free_period',
    freeMonths: 1,
    regionsServed: ['NL', 'BE2'],
    languages: ['en', 'nl'],
    references: 'Accountancy firms and notary offices in the Netherlands.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-voorspellend-onderhoud',
    organisation: 'datadelta',
    title: 'Voorspellend onderhoud voor machineparken van kmo’s',
    description:
      'In een proefproject van drie maanden koppelen we de bestaande machinedata (druk, temperatuur, trillingen) ' +
      'van plooibanken, lasrobots of pompen, aangevuld met enkele extra sensoren, aan een model dat ongeplande ' +
      'stilstand voorspelt. Techniekers krijgen een waarschuwing met uitleg welke meetwaarden afwijken. De gegevens ' +
      'blijven eigendom van het bedrijf. Na de proef beslist de kmo of ze het model in productie neemt.',
    kind: 'service',
    technologies: ['predictief onderhoud', 'machine learning', 'IoT', 'uitlegbare AI'],
    sectors: ['industry'],
    spearheads: [4, 2],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'NL'],
    languages: ['nl', 'en'],
    references: 'Metaalverwerkers en voedingsbedrijven in Oost-Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-groenbit-vorstalarm',
    organisation: 'groenbit',
    title: 'Vorstalarm: sensornetwerk tegen vorstschade in de fruitteelt',
    description:
      'Draadloze temperatuur- en vochtigheidssensoren in de boomgaard, verbonden via LoRaWAN, meten elke vijf ' +
      'minuten het microklimaat tussen de bomen. Gecombineerd met weersvoorspellingen stuurt het systeem een alarm ' +
      'naar de smartphone wanneer nachtvorst dreigt tijdens de bloei, en kan de teler de beregening op afstand ' +
      'starten. Batterijen gaan meerdere seizoenen mee. Een coöperatie kan gegevens bundelen, terwijl elke teler ' +
      'zelf beslist wie zijn perceelsgegevens ziet.',
    kind: 'product',
    technologies: ['LoRaWAN', 'sensoren', 'weersvoorspelling', 'datadeling'],
    sectors: ['agrifood', 'energy'],
    spearheads: [2, 7, 3],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE22', 'BE24'],
    languages: ['nl'],
    references: 'Fruittelers in Haspengouw en het Hageland.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-groenbit-energiesturing-hotels',
    organisation: 'groenbit',
    title: 'Slimme energiesturing voor hotels gekoppeld aan reservaties',
    description:
      'GroenBit koppelt het reservatiesysteem van een hotel aan verwarming en koeling: lege kamers blijven in ' +
      'spaarstand en worden pas op temperatuur gebracht kort voor de gast aankomt. Draadloze sensoren meten het ' +
      'verbruik per verdieping en detecteren open ramen, zonder breekwerk in beschermde gebouwen. Een maandelijks ' +
      'rapport toont de besparing en de CO2-uitstoot, bruikbaar voor een ecolabel. Terugverdientijd meestal onder ' +
      'de drie jaar.',
    kind: 'product',
    technologies: ['gebouwbeheer', 'draadloze sensoren', 'PMS-koppeling', 'energiemonitoring'],
    sectors: ['hospitality', 'energy'],
    spearheads: [7, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['nl', 'fr'],
    references: 'Stadshotels in Gent, Brugge en Brussel.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-groenbit-zuinig-netwerk',
    organisation: 'groenbit',
    title: 'Energiezuinige netwerkinfrastructuur en begeleiding bij het lastenboek',
    description:
      'Voor scholen en besturen met meerdere sites ontwerpen we een netwerk dat tien jaar meegaat: voldoende ' +
      'wifi-capaciteit voor digitale toetsen, gescheiden netwerken voor gebruikers en gebouwbeheer, centrale ' +
      'monitoring en toestellen die buiten de uren automatisch zuiniger werken. We schrijven mee aan het lastenboek ' +
      'met criteria voor energieverbruik, levensduur en herstelbaarheid.',
    kind: 'advice',
    technologies: ['wifi 6', 'netwerksegmentatie', 'energiebeheer', 'duurzame aankoop'],
    sectors: ['education', 'government'],
    spearheads: [7, 6],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE25', 'BE23'],
    languages: ['nl'],
    references: 'Scholengroepen en gemeenten in West- en Oost-Vlaanderen.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-klasrijk-podium-online',
    organisation: 'klasrijk',
    title: 'Podium Online: voorstellingen streamen met gekoppelde tickets',
    description:
      'Onze streamingtechnologie voor klassen zetten we ook in voor cultuurhuizen. Voorstellingen worden live of op ' +
      'afspraak gestreamd, met tickets die gekoppeld zijn aan het bestaande ticketsysteem zodat artiesten vergoed ' +
      'worden. Ondertiteling en audiodescriptie zijn mogelijk, en woonzorgcentra kunnen een abonnement nemen om ' +
      'voorstellingen in hun ontmoetingsruimte te tonen.',
    kind: 'platform',
    technologies: ['livestreaming', 'ticketing', 'ondertiteling', 'audiodescriptie'],
    sectors: ['culture', 'care'],
    spearheads: [2, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'paid',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl'],
    references: 'Cultuurcentra in de provincie Antwerpen en enkele woonzorgcentra.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-federatie-digitale-scan',
    organisation: 'federatie-digitale-kmo',
    title: 'Digitale scan en coaching voor kmo’s',
    description:
      'Met een korte zelfevaluatie van twintig minuten ziet een kmo waar ze staat op vlak van online verkoop, ' +
      'gebruik van data, cyberveiligheid, automatisering en digitale vaardigheden, vergeleken met gelijkaardige ' +
      'bedrijven. Daarna volgt een gesprek met een coach en een actieplan met concrete stappen en ' +
      'steunmaatregelen. Geanonimiseerde resultaten voeden een sectoraal overzicht voor beleidsmakers. We delen onze ' +
      'vragenlijst en methode graag met partnerregio’s.',
    kind: 'advice',
    technologies: ['zelfevaluatie', 'benchmark', 'dashboard'],
    sectors: ['industry', 'retail', 'work'],
    spearheads: [2, 3],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2'],
    languages: ['nl', 'en'],
    references: 'Meer dan 2.000 kmo’s deden de scan; gebruikt door lokale ondernemersorganisaties.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-datadelta-datadeling-logistiek',
    organisation: 'datadelta',
    title: 'Datadeling in de logistieke keten met toegang per zending',
    description:
      'Transporteurs, verladers en terminals delen vrachtbrieven, temperatuurlogs en aankomsttijden zonder hun ' +
      'gegevens uit handen te geven: elke partij bewaart haar data in haar eigen omgeving en geeft per zending ' +
      'toegang, volgens gemeenschappelijke afspraken en open standaarden voor dataruimten. Minder papierwerk en ' +
      'e-mails, minder lege ritten, en een volledig spoor van wie welke gegevens raadpleegde. Klaar voor ' +
      'grensoverschrijdende proefprojecten met Nederlandse partners.',
    kind: 'platform',
    technologies: ['dataruimte', 'connector', 'toegangsbeheer', 'open standaarden'],
    sectors: ['logistics', 'mobility'],
    spearheads: [3, 7, 2],
    trl: 7,
    marketStage: null,
    pricing: 'free_period',
    freeMonths: 6,
    regionsServed: ['BE2', 'NL'],
    languages: ['nl', 'en'],
    references: 'Proefproject met transporteurs rond de haven van Antwerpen.',
    classification: 'public',
    status: 'published',
  },
];
