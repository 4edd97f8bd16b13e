/** spoonacular (long tail of providers, issue 9 §3): Spoonacular. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'spoonacular.api-key',
    title: 'Spoonacular API key',
    keywords: ['spoonacular'],
    providers: [phrase('spoonacular')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls the Spoonacular food and recipe API on the account's daily points (paid plans are billed).",
      revoke: 'Spoonacular console → Profile → API key → Regenerate.',
      url: 'https://spoonacular.com/food-api/console#Profile',
    },
  }),
];
