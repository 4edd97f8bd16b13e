/** signaturit (long tail of providers, issue 9 §3): Signaturit. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'signaturit.api-key',
    title: 'Signaturit API key',
    keywords: ['signaturit'],
    providers: [phrase('signaturit')],
    kinds: ['key', 'token', 'secret'],
    // 86 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{86}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends documents for e-signature, reads signed documents and audit trails of the Signaturit account.',
      revoke: 'Signaturit → Settings → API → revoke the access token and create a new one.',
      url: 'https://app.signaturit.com/settings/api',
    },
  }),
];
