/** sportmonks (long tail of providers, issue 9 §3): Sportmonks. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'sportmonks.api-key',
    title: 'Sportmonks API key',
    keywords: ['sportmonks', 'sport_monks', 'sport-monks', 'sport.monks', 'sportsmonks', 'sports_monks', 'sports-monks', 'sports.monks'],
    providers: [phrase('sport monks'), phrase('sports monks')],
    kinds: ['key', 'token', 'secret'],
    // 60 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{60}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads live scores and sports data under the account's subscription.",
      revoke: 'MySportmonks → API tokens → delete the token and create a new one.',
      url: 'https://my.sportmonks.com/api/tokens',
    },
  }),
];
