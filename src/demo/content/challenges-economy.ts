// Demo challenges from shops, companies, hospitality, culture, agriculture and partner regions.
import type { DemoChallenge } from './types.ts';

export const economyChallenges: DemoChallenge[] = [
  {
    key: 'c-drukte-groenmarkt',
    organisation: 'kooplieden-groenmarkt',
    title: 'Tonen hoe druk het is in de winkels van de Groenmarkt',
    description:
      'De Kooplieden van de Groenmarkt vzw verenigt 64 handelaars in het centrum van Mechelen: kleine ' +
      'kledingwinkels, een bakker, twee slagers, een boekhandel en een apotheek. Tijdens de coronamaatregelen ' +
      'stonden er rijen op de stoep terwijl andere winkels leeg bleven. Ook nu vermijden oudere klanten de ' +
      'zaterdagvoormiddag omdat ze niet weten wanneer het rustig is. We zoeken een manier om de drukte in winkels ' +
      'en in de straat live te tonen, op een website, op een scherm aan de ingang en in een app, zodat klanten hun ' +
      'bezoek kunnen spreiden. Privacy is voor ons essentieel: geen camera’s die gezichten herkennen en geen ' +
      'volgen van individuele smartphones. Tellers aan de deur of anonieme sensoren zijn prima. De kost per winkel ' +
      'moet laag blijven, en de handelaar moet het zelf kunnen installeren. Graag ook verwachte drukte per uur, ' +
      'zodat klanten vooruit kunnen plannen.',
    sectors: ['retail'],
    spearheads: [5, 9, 2],
    region: 'BE21',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 60,
    durationMonths: null,
    desiredKinds: ['product', 'app'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-telewerk-vanroey',
    organisation: 'metaalwerken-vanroey',
    title: 'Telewerk voor onze kantoormedewerkers, veilig en snel geregeld',
    description:
      'Metaalwerken Van Roey-Peeters is een familiebedrijf met 58 medewerkers in Aalst. De productie gebeurt in de ' +
      'werkplaats, maar voor de 14 mensen op kantoor (offertes, planning, aankoop en boekhouding) willen we telewerk ' +
      'structureel mogelijk maken. Vandaag staan al onze bestanden op één server in het kantoor, en de tekeningen ' +
      'van onze klanten zijn vertrouwelijk. We hebben geen eigen ICT-medewerker. We zoeken een partner die ons op ' +
      'korte termijn een veilige thuiswerkplek bezorgt: laptops, toegang tot onze bestanden en ons ERP-pakket, ' +
      'videovergaderen, en een telefooncentrale die meeverhuist naar de laptop. Daarnaast willen we hulp bij ' +
      'afspraken over telewerk en een korte opleiding voor medewerkers. Een maandelijkse prijs per werkplek is ' +
      'voor ons het duidelijkst.',
    sectors: ['industry', 'work'],
    spearheads: [2, 6],
    region: 'BE23',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 30,
    durationMonths: null,
    desiredKinds: ['service', 'advice'],
    classification: 'public',
    status: 'matched',
  },
  {
    key: 'c-telewerk-dewolf',
    organisation: 'fiduciaire-dewolf',
    title: 'Telewerk met klantendossiers zonder risico op datalekken',
    description:
      'Ons boekhoudkantoor in Brugge verwerkt de boekhouding van 380 zelfstandigen en kmo’s. Sinds onze ' +
      'medewerkers twee dagen per week thuis werken, merken we dat documenten via privé-mail worden doorgestuurd en ' +
      'dat er klantendossiers op eigen computers belanden. Dat is een risico voor de privacy van onze klanten en ' +
      'voor ons beroepsgeheim. We zoeken een oplossing voor veilig telewerk: beheerde toestellen, een versleutelde ' +
      'verbinding, tweestapsverificatie, een veilige manier om documenten met klanten uit te wisselen en een ' +
      'duidelijk overzicht van wie wat heeft ingezien. Het moet gebruiksvriendelijk blijven, anders zoeken ' +
      'medewerkers weer omwegen. We willen ook weten hoe we kunnen reageren als een laptop gestolen wordt. Budget ' +
      'en tijd zijn beperkt: liefst een pakket dat binnen een maand draait.',
    sectors: ['work', 'security'],
    spearheads: [6, 2],
    region: 'BE25',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 45,
    durationMonths: null,
    desiredKinds: ['service', 'product'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-onderhoud-vanroey',
    organisation: 'metaalwerken-vanroey',
    title: 'Storingen aan plooibanken voorspellen met sensordata',
    description:
      'Onze drie CNC-plooibanken en twee lasrobots vormen het hart van de productie. Een onverwachte stilstand kost ' +
      'ons gemiddeld twee werkdagen en soms een boete van de klant. Het onderhoud gebeurt nu op vaste tijdstippen, ' +
      'los van het werkelijke gebruik. De machines geven al gegevens door over druk, temperatuur en trillingen, maar ' +
      'niemand kijkt ernaar. We zoeken een partner die met ons onderzoekt of we met deze data, en eventueel extra ' +
      'sensoren, storingen tijdig kunnen voorspellen. We willen een aanpak die past bij een kmo: geen dure ' +
      'softwareplatformen met lange implementatie, maar een proefproject van enkele maanden met een duidelijk ' +
      'resultaat. Het model moet uitleggen waarom het een waarschuwing geeft, zodat onze techniekers het vertrouwen. ' +
      'Onze productiegegevens blijven eigendom van ons bedrijf.',
    sectors: ['industry'],
    spearheads: [4, 2],
    region: 'BE23',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 90,
    durationMonths: null,
    desiredKinds: ['service', 'research'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-vorst-fruitcoop',
    organisation: 'fruitcoop-haspengouw',
    title: 'Vroege waarschuwing voor nachtvorst in de boomgaarden',
    description:
      'De 37 telers van onze coöperatie beheren samen 900 hectare appel-, peren- en kersenboomgaarden in ' +
      'Zuid-Haspengouw. Nachtvorst tijdens de bloei kan in één nacht een groot deel van de oogst vernietigen. Telers ' +
      'staan nu ’s nachts op om thermometers te controleren voor ze de beregening aanzetten. We zoeken een netwerk ' +
      'van betaalbare temperatuur- en vochtigheidssensoren in de percelen, met een draadloze verbinding die ook op ' +
      'afgelegen plaatsen werkt, gekoppeld aan weersvoorspellingen. Telers krijgen een alarm op hun smartphone en ' +
      'kunnen de beregening op afstand starten. De gegevens willen we als coöperatie delen en gebruiken om samen ' +
      'beter te plannen, maar elke teler beslist zelf wie zijn perceelsgegevens mag zien. Batterijen moeten een heel ' +
      'seizoen meegaan.',
    sectors: ['agrifood', 'energy'],
    spearheads: [2, 7, 3],
    region: 'BE22',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 100,
    durationMonths: null,
    desiredKinds: ['product', 'platform'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-streaming-spiegelzaal',
    organisation: 'cc-spiegelzaal',
    title: 'Voorstellingen online aanbieden aan wie niet naar de zaal kan',
    description:
      'Cultuurcentrum De Spiegelzaal programmeert jaarlijks 180 voorstellingen. Toen de zalen dicht moesten, wilden ' +
      'we ons publiek en de artiesten niet in de steek laten. We zochten een manier om voorstellingen live of op ' +
      'afspraak te streamen, met betaalde tickets die gekoppeld zijn aan ons bestaande ticketsysteem, zodat de ' +
      'artiesten vergoed worden. Ook na de crisis blijft dit nuttig voor mensen die de zaal niet kunnen bereiken, ' +
      'zoals bewoners van woonzorgcentra of mensen met een beperking. Ondertiteling en audiodescriptie waren een ' +
      'wens. Via het platform vonden we een lokale partner; intussen streamen we maandelijks een voorstelling en ' +
      'hebben drie woonzorgcentra een abonnement. We beschouwen deze vraag als opgelost.',
    sectors: ['culture'],
    spearheads: [2, 5],
    region: 'BE21',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: null,
    durationMonths: 6,
    desiredKinds: ['platform', 'service'],
    classification: 'public',
    status: 'solved',
  },
  {
    key: 'c-energie-arcades',
    organisation: 'hotel-arcades-bleues',
    title: 'Réduire la consommation d’énergie de notre hôtel grâce aux données',
    description:
      'L’Hôtel Les Arcades Bleues, à Bruxelles, compte 58 chambres dans un bâtiment ancien. Nos factures d’énergie ' +
      'ont fortement augmenté et nous chauffons encore des chambres vides. Nous cherchons une solution qui relie le ' +
      'système de réservation au chauffage et à la climatisation : une chambre inoccupée reste en mode économique ' +
      'et se réchauffe juste avant l’arrivée du client. Nous aimerions aussi mesurer la consommation par étage et ' +
      'détecter les fenêtres ouvertes. Les capteurs doivent être sans fil pour éviter des travaux dans un bâtiment ' +
      'protégé. Nous voulons un rapport mensuel simple sur les économies réalisées et l’empreinte carbone, utile ' +
      'pour un label écologique. Le retour sur investissement devrait être inférieur à trois ans.',
    sectors: ['hospitality', 'energy'],
    spearheads: [7, 9],
    region: 'BE10',
    language: 'fr',
    urgency: 'medium',
    deadlineInDays: 120,
    durationMonths: null,
    desiredKinds: ['product', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-digitalisation-index-basque',
    organisation: 'itsasargi',
    title: 'A regional digitalisation index for small businesses',
    description:
      'Itsasargi Teknologia works with business associations in the Basque Country to help small manufacturers and ' +
      'service companies adopt digital tools. Together with our regional partners we want to build a digitalisation ' +
      'index: a short, repeatable self-assessment that shows an SME where it stands on topics such as online sales, ' +
      'data use, cyber security, automation and digital skills, and compares it with similar companies. The results ' +
      'should feed an aggregated, anonymous dashboard for policy makers, so that regional support programmes can be ' +
      'targeted. Because Flanders and the Basque Country agreed to exchange knowledge on digitalisation, we are looking ' +
      'for Flemish partners who already run a similar scan or index and are willing to compare methods, share ' +
      'questionnaires or co-develop an open version that works in Basque, Spanish, Dutch and English.',
    sectors: ['industry', 'government'],
    spearheads: [2, 3],
    region: 'ES21',
    language: 'en',
    urgency: 'low',
    deadlineInDays: null,
    durationMonths: 12,
    desiredKinds: ['advice', 'research', 'platform'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-crossborder-logistics-nl',
    organisation: 'polderlicht',
    title: 'Pilot partners for secure data sharing in cross-border logistics',
    description:
      'Polderlicht Digitaal, based in Eindhoven, supports transport companies and shippers in the Dutch-Flemish ' +
      'border region. Trucks cross the border dozens of times a day, but every company still exchanges delivery ' +
      'notes, temperature logs and arrival times by e-mail and PDF. We want to pilot a data-sharing setup in which each ' +
      'company keeps its data in its own environment and grants access per shipment, based on common agreements and ' +
      'open standards. For the pilot we are looking for Flemish logistics SMEs and a terminal or port operator willing ' +
      'to test with real shipments, and for partners with experience in energy-efficient edge and cloud ' +
      'infrastructure. The aim is less paperwork, fewer empty kilometres and a reusable model for the whole Delta ' +
      'region, in line with the Flemish-Dutch high-tech cooperation agenda.',
    sectors: ['logistics', 'mobility'],
    spearheads: [3, 7],
    region: 'NL',
    language: 'en',
    urgency: 'low',
    deadlineInDays: 150,
    durationMonths: null,
    desiredKinds: ['platform', 'research'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-gezamenlijke-webshop',
    organisation: 'kooplieden-groenmarkt',
    title: 'Eén gezamenlijke webshop en afhaalpunt voor de handelaars',
    description:
      'Veel van onze handelaars hebben geen eigen webshop, omdat het te duur is of ze er geen tijd voor hebben. ' +
      'Klanten bestellen daardoor steeds vaker bij grote internationale platformen. We willen een gezamenlijke ' +
      'webshop voor de winkels van de Groenmarkt, waarin elke handelaar zelf eenvoudig producten en voorraad kan ' +
      'beheren, en waar klanten één keer afrekenen voor aankopen bij verschillende winkels. Bestellingen worden ' +
      'gebundeld en kunnen opgehaald worden op één afhaalpunt of met de fietskoerier geleverd worden in de stad. ' +
      'De kosten moeten per handelaar laag blijven en de klantgegevens mogen niet doorverkocht worden. We zoeken ' +
      'een partner die dit voor een vereniging van handelaars kan opzetten en begeleiden.',
    sectors: ['retail', 'logistics'],
    spearheads: [2],
    region: 'BE21',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 90,
    durationMonths: null,
    desiredKinds: ['platform', 'service'],
    classification: 'public',
    status: 'submitted',
  },
  {
    key: 'c-reservatie-boekhouding-reiegast',
    organisation: 'hotel-reiegast',
    title: 'Reservatiesysteem koppelen aan de boekhouding',
    description:
      'In Hotel Reiegast worden reservaties, facturen en betalingen nog manueel overgetypt van het reservatiesysteem ' +
      'naar het boekhoudpakket. Dat kost wekelijks een halve dag en leidt tot fouten in de btw-aangifte. We zochten ' +
      'een koppeling tussen beide systemen, zodat facturen, betalingen en commissies van boekingsplatformen ' +
      'automatisch doorstromen, met een dagelijkse controle op verschillen. Intussen heeft onze leverancier van het ' +
      'reservatiesysteem zelf een koppeling met ons boekhoudpakket aangekondigd, waardoor een aparte oplossing niet ' +
      'meer nodig is. We hebben deze vraag daarom afgesloten, maar laten ze zichtbaar voor hotels met dezelfde ' +
      'vraag.',
    sectors: ['hospitality'],
    spearheads: [2],
    region: 'BE25',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: 60,
    durationMonths: null,
    desiredKinds: ['service'],
    classification: 'public',
    status: 'closed',
  },
];
