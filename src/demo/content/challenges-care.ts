// Demo challenges from care homes, home care and a hotel that wants to help the care sector.
import type { DemoChallenge } from './types.ts';

export const careChallenges: DemoChallenge[] = [
  {
    key: 'c-eenzaamheid-zonnetij',
    organisation: 'wzc-zonnetij',
    title: 'Online gesprekken tegen eenzaamheid van onze bewoners',
    description:
      'Woonzorgcentrum Zonnetij in Gent biedt een thuis aan 96 bewoners, de meesten ouder dan 85. Sinds de ' +
      'bezoekbeperkingen van de voorbije jaren zien we dat eenzaamheid een blijvend probleem is: kinderen en ' +
      'kleinkinderen wonen vaak ver weg of werken overdag, en vrijwilligers komen minder vaak langs. In de ouderenzorg ' +
      'merken we dat een kort, regelmatig gesprek met een bekend gezicht een groot verschil maakt voor de stemming ' +
      'en de nachtrust. We zoeken een eenvoudige manier om online gesprekken en videobellen mogelijk te maken tussen ' +
      'bewoners, familie en vrijwilligers. Voorwaarden: bediening met één aanraking of zonder handen, grote knoppen en ' +
      'goed geluid voor slechthorenden, geen account of wachtwoord voor de bewoner, en werken op ons bestaande wifi. ' +
      'Het personeel mag er niet meer dan enkele minuten per dag aan kwijt zijn. Gegevens van bewoners blijven in de ' +
      'Europese Unie. Een goede oplossing laat familie zelf een belmoment inplannen, werkt ook voor bewoners met ' +
      'beginnende dementie en kan tegen de zomer in twee leefgroepen getest worden.',
    sectors: ['care'],
    spearheads: [1, 5, 9],
    region: 'BE23',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 90,
    durationMonths: null,
    desiredKinds: ['app', 'product', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-videobellen-hoevedries',
    organisation: 'wzc-hoevedries',
    title: 'Videobellen met familie zonder tussenkomst van het zorgpersoneel',
    description:
      'In Woonzorgcentrum Hoevedries in Hasselt plannen zorgkundigen nu zelf elk beeldgesprek in en blijven ze erbij ' +
      'om de tablet vast te houden. Dat kost per week meer dan een dagtaak, tijd die we liever aan zorg besteden. ' +
      'Tegelijk vragen families om vaker en spontaner te kunnen bellen, ook ’s avonds en in het weekend. We zoeken een ' +
      'toestel of toepassing waarmee bewoners zelfstandig een videogesprek kunnen opnemen: een scherm op een vaste ' +
      'plaats in de kamer, dat vanzelf opneemt als een vertrouwd familielid belt, en dat de bewoner met één grote knop ' +
      'kan beëindigen. De familie moet kunnen bellen vanaf een gewone smartphone zonder extra app. Belangrijk zijn ' +
      'privacy (geen camera die standaard aan staat), een eenvoudig beheer van wie mag bellen, en ondersteuning in het ' +
      'Nederlands. We willen zes maanden testen op twee afdelingen en daarna beslissen over een uitrol in het hele huis.',
    sectors: ['care'],
    spearheads: [5, 9],
    region: 'BE22',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: null,
    durationMonths: 6,
    desiredKinds: ['product', 'app'],
    classification: 'public',
    status: 'matched',
  },
  {
    key: 'c-valdetectie-kompas',
    organisation: 'thuiszorg-kompas',
    title: 'Privacyvriendelijke valdetectie voor ouderen die alleen wonen',
    description:
      'Thuiszorgdienst Kompas begeleidt in de regio Mechelen zo’n 1.400 cliënten die thuis willen blijven wonen. Een ' +
      'val die uren onopgemerkt blijft, is vaak het begin van een ziekenhuisopname en een definitieve verhuis naar een ' +
      'woonzorgcentrum. Een alarmknop om de hals helpt maar half: veel mensen dragen hem niet of kunnen hem na een val ' +
      'niet indrukken. Camera’s in huis weigeren onze cliënten begrijpelijk. We zoeken een systeem dat een val of ' +
      'ongewone inactiviteit automatisch herkent zonder beelden op te nemen, bijvoorbeeld met radar, slimme vloeren of ' +
      'verbruikspatronen, en dat dan een mantelzorger of onze permanentie verwittigt. De analyse, mogelijk met AI, moet ' +
      'uitlegbaar zijn en weinig valse alarmen geven. Installatie moet kunnen zonder verbouwing, en de maandelijkse kost ' +
      'moet betaalbaar blijven voor cliënten met een klein pensioen. We werken graag samen met een onderzoeksgroep of ' +
      'start-up aan een proefproject met vijftig woningen.',
    sectors: ['care'],
    spearheads: [4, 9],
    region: 'BE21',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 120,
    durationMonths: null,
    desiredKinds: ['product', 'research'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-zorgroosters-hoevedries',
    organisation: 'wzc-hoevedries',
    title: 'Slimmere uurroosters voor verpleging en zorg',
    description:
      'Het opstellen van de uurroosters voor onze 110 medewerkers gebeurt vandaag in een rekenblad door twee ' +
      'hoofdverpleegkundigen. Elke ziekmelding betekent telefoneren, schuiven en vaak een collega die op een vrije dag ' +
      'terugkomt. Medewerkers vragen meer voorspelbaarheid en inspraak in hun rooster. We zoeken software die ' +
      'voorstellen voor roosters maakt op basis van de zorgzwaarte per afdeling, de wettelijke regels, de ' +
      'voorkeuren van medewerkers en het verwachte verzuim, en die bij een ziekmelding snel de beste vervanger ' +
      'voorstelt. Een algoritme mag helpen, maar de planner beslist altijd en moet kunnen zien waarom een voorstel ' +
      'gedaan wordt. De oplossing moet koppelen met onze loonadministratie en werken op een smartphone, zodat ' +
      'medewerkers zelf diensten kunnen ruilen. We verwachten dat een goede oplossing het planwerk halveert en het ' +
      'aantal last-minute oproepen merkbaar vermindert.',
    sectors: ['care', 'work'],
    spearheads: [4, 3],
    region: 'BE22',
    language: 'nl',
    urgency: 'medium',
    deadlineInDays: 60,
    durationMonths: null,
    desiredKinds: ['platform', 'app'],
    classification: 'public',
    status: 'submitted',
  },
  {
    key: 'c-thuiszorg-routes',
    organisation: 'thuiszorg-kompas',
    title: 'Dynamische routeplanning voor thuisverpleging',
    description:
      'Onze 85 thuisverpleegkundigen rijden elke dag samen meer dan 6.000 kilometer. De routes worden ’s avonds ' +
      'handmatig gemaakt en houden weinig rekening met werken aan de weg, spoedopnames of cliënten die plots naar ' +
      'het ziekenhuis moeten. We willen een planning die zich gedurende de dag aanpast, rekening houdt met vaste ' +
      'tijdstippen voor insuline of wondzorg, en verpleegkundigen van dezelfde wijk zoveel mogelijk dezelfde cliënten ' +
      'laat zien. Daarvoor willen we onze eigen gegevens over bezoeken combineren met open verkeersdata en, waar ' +
      'mogelijk, elektrische wagens slim laten opladen tussen twee bezoeken. Minder kilometers betekent meer tijd voor ' +
      'de cliënt en minder uitstoot. Het project loopt intussen met een partner; we delen graag onze ervaringen met ' +
      'andere diensten voor thuiszorg.',
    sectors: ['care', 'mobility'],
    spearheads: [3, 7],
    region: 'BE21',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: null,
    durationMonths: 12,
    desiredKinds: ['platform'],
    classification: 'public',
    status: 'in_progress',
  },
  {
    key: 'c-hotelbedden-reiegast',
    organisation: 'hotel-reiegast',
    title: 'Hotelbedden tijdelijk ter beschikking van ziekenhuizen en zorg',
    description:
      'Hotel Reiegast in Brugge heeft 42 kamers. Wanneer het toerisme stilvalt, zoals tijdens de coronacrisis, staan ' +
      'die leeg, terwijl ziekenhuizen in de regio dan net een tekort hebben aan bedden voor patiënten die herstellen ' +
      'maar nog niet naar huis kunnen, of aan kamers voor zorgpersoneel van buiten de stad. Samen met andere hotels ' +
      'willen we hotelbedden voor ziekenhuizen snel en veilig ter beschikking stellen. Daarvoor missen we een platform ' +
      'waarop een ziekenhuis of woonzorgcentrum de vraag plaatst (aantal kamers, periode, toegankelijkheid, nood aan ' +
      'verpleegkundige omkadering) en hotels in de buurt hun beschikbare kamers en voorwaarden aanbieden. Afspraken over ' +
      'prijs, schoonmaak, verzekering en infectiepreventie moeten vooraf vastliggen, zodat er in een crisis niet meer ' +
      'onderhandeld moet worden. Het platform moet ook buiten crisistijd bruikbaar zijn, bijvoorbeeld voor ' +
      'familieleden van langdurig opgenomen patiënten. We zoeken een partner die dit voor de hele provincie kan opzetten.',
    sectors: ['hospitality', 'care'],
    spearheads: [2, 9],
    region: 'BE25',
    language: 'nl',
    urgency: 'high',
    deadlineInDays: 45,
    durationMonths: null,
    desiredKinds: ['platform', 'service'],
    classification: 'public',
    status: 'published',
  },
  {
    key: 'c-datalek-zonnetij',
    organisation: 'wzc-zonnetij',
    title: 'Vermoedelijk ongeoorloofde toegang tot bewonersdossiers',
    description:
      'Bij een routinecontrole van de toegangslogboeken van ons elektronisch zorgdossier zagen we dat een account van ' +
      'een externe dienstverlener buiten de werkuren dossiers van bewoners heeft geopend. We weten nog niet of er ' +
      'gegevens zijn meegenomen. De melding aan de toezichthouder is gebeurd. We zoeken dringend een gespecialiseerde ' +
      'partner die de logboeken forensisch onderzoekt, vaststelt welke gegevens betrokken zijn, en ons helpt om de ' +
      'betrokken bewoners en families correct te informeren. Daarna willen we het beheer van externe accounts ' +
      'herzien: tijdelijke toegang, tweestapsverificatie en automatische waarschuwingen bij ongewoon gebruik. De ' +
      'partner moet ervaring hebben in de zorgsector en discreet werken; details delen we alleen onder ' +
      'geheimhoudingsverklaring. Dit dossier is vertrouwelijk en wordt niet publiek gemaakt.',
    sectors: ['care', 'security'],
    spearheads: [6, 9],
    region: 'BE23',
    language: 'nl',
    urgency: 'critical',
    deadlineInDays: 14,
    durationMonths: null,
    desiredKinds: ['service', 'advice'],
    classification: 'confidential',
    status: 'submitted',
  },
  {
    key: 'c-mantelzorg-app',
    organisation: 'thuiszorg-kompas',
    title: 'Eén plek voor mantelzorgers om zorg af te stemmen',
    description:
      'Rond veel van onze cliënten staat een netwerk van mantelzorgers: kinderen, buren, vrienden. Afspraken over wie ' +
      'boodschappen doet, wie meegaat naar de dokter of wie de medicatie controleert, lopen nu via losse berichten en ' +
      'briefjes op de keukentafel. Daardoor valt er soms iets tussen de plooien, en weten onze verpleegkundigen niet ' +
      'wat er al gebeurd is. We denken aan een eenvoudige gedeelde agenda en logboek voor het hele zorgnetwerk, met ' +
      'toestemming van de cliënt, waarin ook de thuisverpleging korte berichten kan achterlaten. Het moet werken op ' +
      'elke smartphone, ook voor wie niet vertrouwd is met apps, en voorleesfuncties hebben. We werken deze vraag nog ' +
      'verder uit met onze cliëntenraad voor we ze indienen.',
    sectors: ['care'],
    spearheads: [5, 1],
    region: 'BE21',
    language: 'nl',
    urgency: 'low',
    deadlineInDays: 150,
    durationMonths: null,
    desiredKinds: ['app'],
    classification: 'public',
    status: 'draft',
  },
];
