/** pdflayer (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pdflayer.api-key',
    title: 'pdflayer API access key',
    keywords: ['pdflayer'],
    providers: [phrase('pdflayer')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `pdflayer` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Converts HTML to PDF on the account's monthly quota.",
      revoke: 'pdflayer dashboard → Reset the API access key (the old key stops working).',
      url: 'https://pdflayer.com/dashboard',
    },
  }),
];
