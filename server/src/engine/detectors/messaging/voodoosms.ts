/** voodoosms (long tail of providers, issue 9 §3): VoodooSMS. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'voodoosms.api-key',
    title: 'VoodooSMS API key',
    keywords: ['voodoosms', 'voodoo_sms', 'voodoo-sms', 'voodoo.sms'],
    providers: [phrase('voodoo sms')],
    kinds: ['key', 'token', 'secret'],
    // 46 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{46}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends SMS billed to the VoodooSMS account and reads reports.',
      revoke: 'VoodooSMS → Account → API → regenerate the API key.',
      url: 'https://www.voodoosms.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
