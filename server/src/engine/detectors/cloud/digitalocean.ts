/** DigitalOcean credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  HEX,
  INJECT_FROM_SECRET_STORE,
  lacksLetterAndDigit,
  lacksMixedClasses,
  token,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'digitalocean.pat',
    title: 'DigitalOcean personal access token',
    prefix: 'dop_v1_',
    alphabet: HEX,
    length: 64,
    scope: 'document',
    guide: {
      grants: "Calls the DigitalOcean API with the token's scopes: create, read and destroy droplets, databases, DNS, Spaces keys …",
      revoke: 'DigitalOcean control panel → API → Tokens → the token → Delete; generate a new token.',
      url: 'https://cloud.digitalocean.com/account/api/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'digitalocean.oauth-token',
    title: 'DigitalOcean OAuth access token',
    prefix: 'doo_v1_',
    alphabet: HEX,
    length: 64,
    scope: 'document',
    guide: {
      grants: 'Calls the DigitalOcean API as the user who authorised the OAuth application, with the granted scopes.',
      revoke:
        'POST the token to https://cloud.digitalocean.com/v1/oauth/revoke, or the user removes the app under Applications & API → Authorized applications.',
      url: 'https://cloud.digitalocean.com/account/api/applications',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'digitalocean.refresh-token',
    title: 'DigitalOcean OAuth refresh token',
    prefix: 'dor_v1_',
    alphabet: HEX,
    length: 64,
    scope: 'document',
    guide: {
      grants: "Mints new DigitalOcean OAuth access tokens for the authorising user until the app's access is revoked.",
      revoke: 'Applications & API → Authorized applications → revoke the app (the user), or revoke via /v1/oauth/revoke.',
      url: 'https://cloud.digitalocean.com/account/api/applications',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'digitalocean.spaces-secret-key',
    title: 'DigitalOcean Spaces secret key',
    keywords: ['spaces_secret', 'spaces-secret', 'spacessecret', 'spaces.secret', 'digitalocean', 'do_spaces'],
    pattern: () =>
      anchored(
        assignment(
          [`${ci('spaces')}[._-]?${ci('secret')}[A-Za-z0-9_.-]{0,20}`, `${ci('digitalocean')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`],
          '[A-Za-z0-9+/]{43}',
        ),
      ),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [
      {
        name: 'access_key_id',
        pattern: /(?<![A-Za-z0-9])(?<value>DO[A-Z0-9]{18})(?![A-Za-z0-9])/,
        withinLines: 3,
        post: [lacksLetterAndDigit],
      },
    ],
    guide: {
      grants: 'S3-compatible read/write access to the DigitalOcean Spaces buckets of the key (all buckets for full-access keys).',
      revoke: 'DigitalOcean control panel → API → Spaces Keys → the key → Delete; create a new key.',
      url: 'https://cloud.digitalocean.com/account/api/spaces',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
