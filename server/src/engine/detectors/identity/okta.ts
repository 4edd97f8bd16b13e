/** okta (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'okta.api-token',
    title: 'Okta API token (SSWS)',
    keywords: ['okta', 'ssws'],
    scope: 'document',
    // `00` + 40; document scope because `apiToken:` often sits under an `okta:` block or beside `orgUrl`.
    pattern: () => leadThen([`SSWS\\s+`, assignedTo([ci('token'), ci('okta'), `${ci('api')}[_-]?${ci('key')}`])], '00[A-Za-z0-9_-]{40}'),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(2) })],
    minEntropy: 3.5,
    guide: {
      grants:
        'Calls the Okta management API with the privileges of the admin who created it: reads and changes users, groups, apps and policies (account takeover of the whole org).',
      revoke: 'Okta Admin Console → Security → API → Tokens → Revoke; tokens also expire after 30 days unused.',
      url: 'https://help.okta.com/en-us/content/topics/security/api.htm',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'okta.client-secret',
    title: 'Okta OIDC client secret',
    keywords: ['okta'],
    pattern: () => leadThen([assignedTo([nameWith('okta', 'secret')])], '[A-Za-z0-9_-]{40,64}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants: 'Lets anyone obtain tokens as the Okta application (client credentials) or complete logins as it.',
      revoke:
        'Okta Admin Console → Applications → the app → General → Client Credentials → generate a new secret, then deactivate and delete the old one.',
      url: 'https://help.okta.com/en-us/content/topics/apps/oauth-client-secret-rotation.htm',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
