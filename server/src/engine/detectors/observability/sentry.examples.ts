/** Examples of the sentry detectors (test data: never imported by the runtime). */
import { B64, B64URL, type ExampleTable, fake, HEX } from '../kit/examples.js';

const sentryPayload = (salt: string) =>
  Buffer.from(JSON.stringify({ iat: 1715523908.775443, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: `org-${salt}` }))
    .toString('base64')
    .replace(/=+$/, '');

export const examples: ExampleTable = {
  'sentry.user-token': {
    positive: [`SENTRY_AUTH_TOKEN=«sntryu_${fake(HEX, 64, 'sntryu')}»`],
    negative: ['SENTRY_AUTH_TOKEN=sntryu_...'],
  },
  'sentry.org-token': {
    positive: [
      `sentryVitePlugin({ authToken: "«sntrys_${sentryPayload('a')}_${fake(B64, 43, 'sntrys')}»" })`,
      `SENTRY_AUTH_TOKEN=«sntrys_${sentryPayload('b')}_${fake(B64URL, 43, 'sntrys2')}»`,
    ],
    negative: [
      `SENTRY_AUTH_TOKEN=sntrys_${Buffer.from('{"hello":1}').toString('base64')}_${fake(B64URL, 43, 'x')}`,
      'SENTRY_AUTH_TOKEN=sntrys_...',
    ],
  },
  'sentry.legacy-token': {
    positive: [`SENTRY_AUTH_TOKEN=«${fake(HEX, 64, 'sentry-legacy')}»`],
    negative: ['SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}', `SENTRY_RELEASE=${fake(HEX, 40, 'sha')}`, `sentry_checksum: ${'0'.repeat(64)}`],
  },
  'sentry.dsn': {
    positive: [`SENTRY_DSN=https://«${fake(HEX, 32, 'dsn1')}»@o857677.ingest.de.sentry.io/7677590093545532`],
    negative: [
      'SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0',
      `sentry_url = "https://sentry.io/organizations/acme/issues/${'4'.repeat(4)}/"`,
    ],
  },
  'sentry.dsn-secret-key': {
    positive: [`Sentry.init({ dsn: "https://«${fake(HEX, 32, 'dsn2')}:${fake(HEX, 32, 'dsn3')}»@sentry.example.com/12" })`],
    negative: ['SENTRY_DSN=https://<key>:<secret>@o0.ingest.sentry.io/0'],
  },
};
