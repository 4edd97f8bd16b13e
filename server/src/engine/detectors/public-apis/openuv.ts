/** openuv (weather API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'openuv.api-key',
    title: 'OpenUV API key',
    keywords: ['openuv'],
    providers: [phrase('openuv')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under an `openuv` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries UV index forecasts on the account's quota.",
      revoke: 'openuv.io → Console → API key → regenerate.',
      url: 'https://www.openuv.io/console',
    },
  }),
];
