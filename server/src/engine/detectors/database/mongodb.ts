/**
 * MongoDB credentials: connection strings and Atlas API / service-account secrets (CREDENTIAL-FORMATS.md §8).
 * The highlight is always the password alone; user, host and port become parts (ENGINE.md "Multi-match and
 * multi-line secrets").
 */
import {
  CONNECTION_SETTINGS_STORE,
  URI_PASSWORD_CHECKS,
  alphabet,
  ciFragment,
  dbGuide,
  defineDetector,
  prefixedToken,
  secretAssignment,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'mongodb.uri',
    title: 'MongoDB connection string with password',
    schemes: 'mongodb(?:\\+srv)?',
    keywords: ['mongodb'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      "Read and write access to the MongoDB deployment with that user's roles.",
      'Atlas → Database Access → edit the user → Edit password (or delete the user); self-hosted: `db.changeUserPassword()`. Review Atlas network access lists.',
      'https://www.mongodb.com/docs/atlas/security-add-mongodb-users/',
    ),
  }),
  defineDetector({
    id: 'mongodb.atlas-service-account-secret',
    title: 'MongoDB Atlas service account client secret',
    keywords: ['mdb_sa_sk_'],
    scope: 'document',
    // `mdb_sa_sk_` + 40 [A-Za-z0-9_-]; the client id `mdb_sa_id_` is not secret.
    pattern: () => prefixedToken('mdb_sa_sk_', alphabet('A-Za-z0-9_-'), [40, 64]),
    minEntropy: 3.5,
    companions: [{ name: 'client_id', pattern: /(?<value>mdb_sa_id_[0-9a-f]{24})/, withinLines: 4 }],
    guide: {
      grants:
        'Calls the Atlas Administration API as the service account: manage clusters, database users and network access of the organisation/projects it belongs to.',
      revoke: 'Atlas → Organization → Access Manager → Service Accounts → the account → revoke the secret.',
      url: 'https://www.mongodb.com/docs/atlas/api/service-accounts-overview/',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
  defineDetector({
    id: 'mongodb.atlas-api-private-key',
    title: 'MongoDB Atlas programmatic API private key',
    keywords: ['atlas'],
    // Public key 8 [a-z] (not secret) + private key UUID (digest auth); CREDENTIAL-FORMATS.md §8.
    pattern: () =>
      secretAssignment(ciFragment('(?:mongodb_?)?atlas[_.-]?(?:api[_.-]?)?private[_.-]?key'), {
        min: 36,
        max: 36,
        value: '[0-9a-fA-F-]',
      }),
    post: [({ value }) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? undefined : 'not a UUID')],
    companions: [
      {
        name: 'public_key',
        pattern: /atlas[_.-]?(?:api[_.-]?)?public[_.-]?key["']?[ \t]*[:=][ \t]*["']?(?<value>[a-z]{8})(?![a-z])/i,
        withinLines: 4,
      },
    ],
    guide: {
      grants:
        "Calls the Atlas Administration API with the key's organisation/project roles: manage clusters, users, backups and network access.",
      revoke: 'Atlas → Organization → Access Manager → API Keys → delete the key.',
      url: 'https://www.mongodb.com/docs/atlas/configure-api-access/',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
