// What a visitor reads on a public challenge or solution page: how to take part.
import { defineMessages } from '../define.ts';

export const itemPageMessages = defineMessages(
  {
    'item.cta.heading_challenge': 'Heeft u een oplossing voor deze uitdaging?',
    'item.cta.heading_solution': 'Past deze oplossing bij uw uitdaging?',
    'item.cta.login_challenge': 'Meld u aan om uw oplossing aan te bieden',
    'item.cta.login_solution': 'Meld u aan om een kennismaking te vragen',
    'item.cta.register': 'Nog geen account? Registreer uw organisatie',
  },
  {
    'item.cta.heading_challenge': 'Vous avez une solution pour ce défi\u00a0?',
    'item.cta.heading_solution': 'Cette solution répond-elle à votre défi\u00a0?',
    'item.cta.login_challenge': 'Connectez-vous pour proposer votre solution',
    'item.cta.login_solution': 'Connectez-vous pour demander une mise en relation',
    'item.cta.register': 'Pas encore de compte\u00a0? Inscrivez votre organisation',
  },
  {
    'item.cta.heading_challenge': 'Do you have a solution for this challenge?',
    'item.cta.heading_solution': 'Does this solution fit your challenge?',
    'item.cta.login_challenge': 'Log in to offer your solution',
    'item.cta.login_solution': 'Log in to ask for an introduction',
    'item.cta.register': 'No account yet? Register your organisation',
  },
);
