/**
 * DronaHQ credentials. Shape: 50 [a-z0-9] (XCHK: KF dronahq.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'dronahq.access-token',
    title: 'DronaHQ access token',
    keywords: ['dronahq', 'drona_hq', 'drona-hq', 'drona.hq'],
    providers: [phrase('drona hq')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{50}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls DronaHQ's API for the account: apps, users and data connectors of the low-code workspace.",
      revoke: 'DronaHQ → Account settings → API tokens → revoke.',
      url: 'https://www.dronahq.com/',
    },
  }),
];
