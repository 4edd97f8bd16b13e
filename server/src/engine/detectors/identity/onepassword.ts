/** onepassword (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  JWT_LARGE_PAYLOAD,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'onepassword.service-account-token',
    title: '1Password service account token',
    keywords: ['ops_eyJ'],
    scope: 'document',
    // `ops_` + Base64 JSON with the account's sign-in details and unlock key.
    pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,2})(?![A-Za-z0-9+/=_-])/,
    guide: {
      grants: 'Signs in as the service account and reads (or writes) every item in the vaults it was granted.',
      revoke:
        '1Password.com → Developer → Directory → Service Accounts → the account → revoke the token (or delete the account); rotate the items it could read.',
      url: 'https://developer.1password.com/docs/service-accounts/manage-service-accounts',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'onepassword.secret-key',
    title: '1Password account Secret Key',
    keywords: ['A3-'],
    scope: 'document',
    pattern:
      /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{6}-[A-Z0-9]{5}|[A-Z0-9]{11})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(3) })],
    guide: {
      grants: "Together with the account password, signs in to the user's 1Password account and decrypts every vault they can access.",
      revoke: '1Password → your account → Profile → Secret Key → regenerate it (and change the account password if it may be known).',
      url: 'https://support.1password.com/secret-key/',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'onepassword.connect-token',
    title: '1Password Connect server token',
    keywords: ['op_connect_token', 'connect_token', 'onepassword_connect', '1password'],
    pattern: () =>
      leadThen(
        [
          assignedTo([
            ci('op_connect_token'),
            nameWith('connect', 'token'),
            nameWith('onepassword', 'token'),
            nameWith('1password', 'token'),
          ]),
        ],
        JWT_LARGE_PAYLOAD,
        '(?![A-Za-z0-9_.-])',
      ),
    precedence: 1,
    guide: {
      grants: 'Reads (and with write access, changes) the items of every vault the Connect token was granted, through the Connect server.',
      revoke: '1Password.com → Developer → Directory → Connect servers → the server → revoke the token and issue a new one.',
      url: 'https://developer.1password.com/docs/connect/manage-connect/',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
