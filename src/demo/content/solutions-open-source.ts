// Open-source digital public goods, listed by a fictional Flemish association that helps public bodies adopt
// open software. Names and websites are those of the real projects; descriptions are paraphrased in our own words.
import type { DemoSolution } from './types.ts';

export const openSourceSolutions: DemoSolution[] = [
  {
    key: 's-dpg-moodle',
    organisation: 'open-publieke-software',
    title: 'Moodle LMS: open-source learning platform for remote and blended teaching',
    description:
      'Moodle is a widely used open-source learning management system. Teachers build online courses with ' +
      'assignments, quizzes, forums and video lessons, follow the progress of each learner and combine classroom ' +
      'and remote teaching. It can be self-hosted or run by a hosting partner, is highly configurable through ' +
      'plugins and is available in Dutch, French and many other languages. Suitable for schools that want to keep ' +
      'teaching pupils at home and for adult education centres. Website: https://moodle.org',
    kind: 'platform',
    technologies: ['LMS', 'open source', 'PHP', 'e-learning'],
    sectors: ['education'],
    spearheads: [1, 5],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10', 'NL', 'ES21'],
    languages: ['en', 'nl', 'fr', 'es'],
    references: 'Used by schools, universities and training centres worldwide; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-kolibri',
    organisation: 'open-publieke-software',
    title: 'Kolibri: offline-first learning without a permanent internet connection',
    description:
      'Kolibri is an open-source learning platform designed for places where the internet is slow, expensive or ' +
      'absent. Lessons, videos and exercises are installed on a local device and shared over a local network or ' +
      'synced when a connection is available, so children can keep learning at home on a loaned laptop without ' +
      'mobile data. Teachers assign resources and follow progress. Useful for families without a home connection. ' +
      'Website: https://learningequality.org/kolibri/',
    kind: 'platform',
    technologies: ['offline-first', 'open source', 'Python', 'content sync'],
    sectors: ['education'],
    spearheads: [1, 9],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['en', 'fr', 'es'],
    references: 'Deployed by education programmes in many countries; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-h5p',
    organisation: 'open-publieke-software',
    title: 'H5P: create interactive exercises and videos for digital skills training',
    description:
      'H5P is an open-source tool for creating interactive learning content in the browser: quizzes, drag-and-drop ' +
      'exercises, interactive videos and step-by-step simulations. Trainers can build practice material for adult ' +
      'learners, such as a guided walk-through of an online form, and reuse or adapt content made by others. It ' +
      'plugs into common learning platforms and content management systems. Website: https://h5p.org',
    kind: 'product',
    technologies: ['HTML5', 'open source', 'interactive content'],
    sectors: ['education'],
    spearheads: [1],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10', 'NL'],
    languages: ['en', 'nl', 'fr'],
    references: 'Used by teachers and training centres in many countries; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-x-road',
    organisation: 'open-publieke-software',
    title: 'X-Road: secure data exchange between government information systems',
    description:
      'X-Road is open-source software for exchanging data between organisations over the internet in a secure and ' +
      'standardised way. Every message is signed, encrypted and logged, and each party is authenticated, which makes ' +
      'it a good fit for opening authoritative data sources to local governments and their software vendors. It is ' +
      'used for national data exchange layers in several countries. Website: https://x-road.global',
    kind: 'platform',
    technologies: ['data exchange', 'PKI', 'open source', 'API gateway'],
    sectors: ['government'],
    spearheads: [8, 3, 6],
    trl: null,
    marketStage: 'scale',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'NL', 'ES21'],
    languages: ['en'],
    references: 'National data exchange layers in Europe and beyond; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-openfisca',
    organisation: 'open-publieke-software',
    title: 'OpenFisca: write benefit and tax rules as code',
    description:
      'OpenFisca is an open-source engine in which legislation on taxes and social benefits is written as code. Given ' +
      'the situation of a household it calculates which benefits and tariffs apply, and each rule can be read, tested ' +
      'and traced back to the regulation. Governments use it to simulate reforms and to build calculators that tell ' +
      'citizens what they are entitled to, which supports the proactive granting of social rights. ' +
      'Website: https://openfisca.org',
    kind: 'platform',
    technologies: ['rules as code', 'Python', 'open source', 'microsimulation'],
    sectors: ['government', 'care'],
    spearheads: [5, 3, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'BE10'],
    languages: ['en', 'fr'],
    references: 'Used by public administrations in several countries; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-your-priorities',
    organisation: 'open-publieke-software',
    title: 'Your Priorities: online idea generation and deliberation for citizens',
    description:
      'Your Priorities is an open-source participation platform where citizens propose ideas, argue for and against ' +
      'them and vote, and where a government reports back on what it does with the results. It supports maps, ' +
      'moderation and several languages, and has been used for participatory budgeting and local planning. A good ' +
      'starting point for municipalities that want digital citizen participation without building their own tool. ' +
      'Website: https://citizens.is',
    kind: 'platform',
    technologies: ['e-participation', 'open source', 'deliberation'],
    sectors: ['government'],
    spearheads: [9, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'NL', 'ES21'],
    languages: ['en'],
    references: 'Used by cities and national governments for participation projects; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-cloud-carbon-footprint',
    organisation: 'open-publieke-software',
    title: 'Cloud Carbon Footprint: measure the emissions of your cloud use',
    description:
      'Cloud Carbon Footprint is an open-source tool that estimates the energy use and carbon emissions of ' +
      'workloads running with the major public cloud providers, based on billing and usage data. A dashboard shows ' +
      'trends per service and recommendations to cut waste, helping organisations make their digital infrastructure ' +
      'more sustainable and report on it. Website: https://www.cloudcarbonfootprint.org',
    kind: 'product',
    technologies: ['carbon accounting', 'cloud', 'open source', 'dashboard'],
    sectors: ['energy', 'government', 'industry'],
    spearheads: [7, 9],
    trl: null,
    marketStage: 'market',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'NL', 'ES21'],
    languages: ['en'],
    references: 'Used by companies and public bodies to report on cloud emissions; listed as a digital public good.',
    classification: 'public',
    status: 'published',
  },
  {
    key: 's-dpg-standard-public-code',
    organisation: 'open-publieke-software',
    title: 'Standard for Public Code: guidance for reusable government software',
    description:
      'The Standard for Public Code is a set of criteria that helps public organisations develop open-source ' +
      'software and policy together so that other administrations can reuse it: clear documentation, open standards, ' +
      'accessible interfaces, code that is easy to maintain and a governance model. Useful when a city commissions a ' +
      'new mobile e-counter that other municipalities should be able to adopt. Website: https://standard.publiccode.net',
    kind: 'advice',
    technologies: ['open source', 'governance', 'reuse'],
    sectors: ['government'],
    spearheads: [8, 5],
    trl: null,
    marketStage: 'market',
    pricing: 'free',
    freeMonths: null,
    regionsServed: ['BE2', 'NL'],
    languages: ['en'],
    references: 'Applied by municipalities and agencies in the Netherlands and other countries.',
    classification: 'public',
    status: 'published',
  },
];
