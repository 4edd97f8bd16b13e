/** simplesat (long tail of providers, issue 9 §3): Simplesat. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'simplesat.api-key',
    title: 'Simplesat API key',
    keywords: ['simplesat', 'simple_sat', 'simple-sat', 'simple.sat'],
    providers: [phrase('simple sat')],
    kinds: ['key', 'token', 'secret'],
    // 40 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and writes survey answers and customers of the Simplesat account.',
      revoke: 'Simplesat → Settings → API → regenerate the API key.',
      url: 'https://app.simplesat.io/',
    },
  }),
];
