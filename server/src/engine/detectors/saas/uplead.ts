/** uplead (long tail of providers, issue 9 §3): UpLead. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'uplead.api-key',
    title: 'UpLead API key',
    keywords: ['uplead', 'up_lead', 'up-lead', 'up.lead'],
    providers: [phraseAfterNonLetter('up lead')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Looks up company and contact data, spending the account's credits.",
      revoke: 'UpLead → Account → API → regenerate the API key.',
      url: 'https://app.uplead.com/',
    },
  }),
];
