/** bitwarden (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { defineDetector, type Detector, STORE_IN_SECRET_MANAGER, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'bitwarden.access-token',
    title: 'Bitwarden Secrets Manager access token',
    keywords: ['bws', 'bitwarden'],
    scope: 'document',
    // `0.<token id uuid>.<client secret>:<encryption key base64>`.
    pattern: () =>
      new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>0\\.${UUID}\\.[A-Za-z0-9]{20,40}:[A-Za-z0-9+/]{20,30}={0,2})(?![A-Za-z0-9+/=])`),
    guide: {
      grants: 'Authenticates as the machine account and decrypts every secret of the projects it can access.',
      revoke: 'Bitwarden → Secrets Manager → Machine accounts → the account → Access tokens → revoke.',
      url: 'https://bitwarden.com/help/access-tokens/',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
