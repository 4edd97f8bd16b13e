/**
 * Clockify credentials. Shape: 48 base62 (XCHK: KF clockify.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'clockify.api-key',
    title: 'Clockify API key',
    keywords: ['clockify'],
    providers: [phrase('clockify')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{48}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts as the Clockify user: time entries, projects, clients and the workspace's reports.",
      revoke: 'Clockify → Profile settings → API → Generate new key (the old key stops working).',
      url: 'https://app.clockify.me/user/preferences#advanced',
    },
  }),
];
