// Matches in the demo: the challenges the demo shows as matched, in progress or solved got there through an
// accepted match, and a few suggestions were declined with a reason, so the match timelines, the indicators and
// the feedback export (`helemaal feedback export`) show something on a fresh start.
import type { DemoMatch } from './types.ts';

export const demoMatches: readonly DemoMatch[] = [
  {
    challenge: 'c-videobellen-hoevedries',
    solution: 's-zilverlijn-beeldbellen',
    origin: 'engine',
    outcome: 'accepted',
  },
  {
    challenge: 'c-videobellen-hoevedries',
    solution: 's-polderlicht-companion',
    origin: 'engine',
    outcome: 'declined',
    reason: 'Het scherm en de handleiding zijn alleen in het Engels; onze bewoners spreken Nederlands.',
  },
  { challenge: 'c-thuiszorg-routes', solution: 's-groenbit-rondeplanner', origin: 'ambassador', outcome: 'pilot' },
  {
    challenge: 'c-telewerk-vanroey',
    solution: 's-werkplek-overal-thuiswerk',
    origin: 'application',
    outcome: 'introduced',
  },
  {
    challenge: 'c-streaming-spiegelzaal',
    solution: 's-klasrijk-podium-online',
    origin: 'request',
    outcome: 'deployed',
  },
  {
    challenge: 'c-toestellen-kleine-wereld',
    solution: 's-groenbit-tweede-leven-laptops',
    origin: 'engine',
    outcome: 'deployed',
  },
  {
    challenge: 'c-cyberincident-vlasbeke',
    solution: 's-schildwacht-incidentrespons',
    origin: 'ambassador',
    outcome: 'pilot',
  },
  { challenge: 'c-chatbot-open-loket', solution: 's-datadelta-taalassistent', origin: 'engine', outcome: 'accepted' },
  {
    challenge: 'c-chatbot-open-loket',
    solution: 's-dpg-your-priorities',
    origin: 'engine',
    outcome: 'declined',
    reason: 'Dit platform verzamelt ideeën van burgers; wij zoeken antwoorden op hun vragen.',
  },
];
