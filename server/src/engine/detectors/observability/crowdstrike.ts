/**
 * CrowdStrike Falcon API credentials. Shape: 40 base62 client secret beside a 32-hex client id (CrowdStrike API docs:
 * `FALCON_CLIENT_SECRET`; length unverified).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'crowdstrike.client-secret',
    title: 'CrowdStrike Falcon API client secret',
    keywords: [
      'crowdstrike',
      'crowd_strike',
      'crowd-strike',
      'crowd.strike',
      'falconclient',
      'falcon_client',
      'falcon-client',
      'falcon.client',
    ],
    providers: [phrase('crowd strike'), phrase('falcon client')],
    kinds: ['client secret', 'api secret', 'secret'],
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Falcon platform APIs with the client scopes: detections, hosts, real-time response (commands on endpoints), prevention policies.',
      revoke: 'Falcon console → Support and resources → API clients and keys → the client → Reset secret (or delete the client).',
      url: 'https://falcon.crowdstrike.com/api-clients-and-keys',
    },
  }),
];
