/**
 * Couchbase passwords with the user / connection string beside them. The highlight is always the password
 * alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line secrets").
 */
import {
  PASSWORD_CHECKS,
  USER_VALUE,
  ciFragment,
  dbGuide,
  defineDetector,
  isAboutThePassword,
  isDefaultDbPassword,
  secretAssignment,
  settingCompanion,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'couchbase.password',
    title: 'Couchbase password',
    keywords: ['couchbase'],
    pattern: () =>
      secretAssignment(ciFragment('couchbase[_.-]?(?:bucket[_.-]?|admin(?:istrator)?[_.-]?|rbac[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    companions: [
      settingCompanion('username', 'user(?:name)?', USER_VALUE, 4, '(?:couchbase)'),
      settingCompanion('host', 'host|connection_?string|cluster', String.raw`[A-Za-z0-9][A-Za-z0-9_.:/-]{0,252}`, 4, '(?:couchbase)'),
    ],
    guide: dbGuide(
      'Read and write the Couchbase buckets that user can reach.',
      'Couchbase Capella → Cluster → Settings → Cluster Access → edit credentials; self-managed: Security → Users → reset password.',
    ),
  }),
];
