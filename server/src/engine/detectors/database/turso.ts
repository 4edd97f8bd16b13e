/** Turso / libSQL auth tokens (EdDSA JWTs under a Turso name). */
import { CONNECTION_SETTINGS_STORE, ciFragment, defineDetector, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'turso.auth-token',
    title: 'Turso / libSQL auth token',
    keywords: ['turso', 'libsql'],
    // EdDSA JWT assigned to a Turso/libSQL name; beats the generic JWT detector.
    pattern: () =>
      secretAssignment(
        ciFragment('(?:turso|libsql)[_.-]?(?:db[_.-]?|database[_.-]?|group[_.-]?|api[_.-]?|platform[_.-]?)?(?:auth[_.-]?)?token'),
        { min: 40, max: 2000, value: '[A-Za-z0-9_.-]' },
      ),
    post: [({ value }) => (/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value) ? undefined : 'not a JWT')],
    guide: {
      grants: 'Reads (and, for full-access tokens, writes) the Turso database or group.',
      revoke: '`turso db tokens invalidate <db>` (or `turso group tokens invalidate`), which rotates the signing key.',
      url: 'https://docs.turso.tech/cli/db/tokens/invalidate',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
