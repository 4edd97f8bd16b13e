/** stitchdata (long tail of providers, issue 9 §3): Stitch. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'stitchdata.api-key',
    title: 'Stitch API key',
    keywords: ['stitchdata', 'stitch_data', 'stitch-data', 'stitch.data'],
    providers: [phrase('stitch data')],
    kinds: ['key', 'token', 'secret'],
    // 35 letters, digits and `_` (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what
    // it is.
    value: '[0-9A-Za-z_]{35}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Pushes data into the Stitch account's import API destinations (Import API tokens) or manages its sources and destinations.",
      revoke: 'Stitch → the Import API integration → Settings → revoke the token and generate a new one.',
      url: 'https://app.stitchdata.com/',
    },
  }),
];
