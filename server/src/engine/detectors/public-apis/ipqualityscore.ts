/** ipqualityscore (fraud-scoring API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ipqualityscore.api-key',
    title: 'IPQualityScore API key',
    keywords: ['ipquality', 'ip_quality'],
    providers: [phrase('ip quality')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under an `ipquality…` name (the key is part of the request path).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs fraud, proxy, e-mail and phone reputation checks on the account's credits and reads its reports.",
      revoke: 'ipqualityscore.com → Account Settings → API key → reset.',
      url: 'https://www.ipqualityscore.com/user/settings',
    },
  }),
];
