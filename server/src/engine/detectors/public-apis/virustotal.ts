/** virustotal (long tail of providers, issue 9 §3): VirusTotal. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'virustotal.api-key',
    title: 'VirusTotal API key',
    keywords: ['virustotal', 'virus_total', 'virus-total', 'virus.total'],
    providers: [phrase('virus total')],
    kinds: ['key', 'token', 'secret'],
    // 64 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{64}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants:
        'Submits files and URLs and reads VirusTotal reports as the user, with the quota (and, for premium keys, the private features) of the account.',
      revoke: 'VirusTotal → profile → API key → Reset API key.',
      url: 'https://www.virustotal.com/gui/my-apikey',
    },
  }),
];
