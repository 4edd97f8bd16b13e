/**
 * GTmetrix credentials. Shape: 32 hex (XCHK: KF gtmetrix.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'gtmetrix.api-key',
    title: 'GTmetrix API key',
    keywords: ['gtmetrix'],
    providers: [phrase('gtmetrix')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants: 'Starts GTmetrix page tests billed to the account credits and reads its reports.',
      revoke: 'GTmetrix → Account → API → Reset API key.',
      url: 'https://gtmetrix.com/dashboard/account',
    },
  }),
];
