/** JFrog Platform / Artifactory API keys, reference tokens and access tokens (CREDENTIAL-FORMATS.md §2). */
import { B62, decodeBase64, defineDetector, STORE_REPOSITORY_CREDENTIALS, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'jfrog.api-key',
    title: 'JFrog Artifactory API key',
    scope: 'document',
    prefix: 'AKCp',
    alphabet: B62,
    length: 69,
    guide: {
      grants: 'Acts as the Artifactory user: downloads and deploys artifacts in every repository the user can access.',
      revoke: 'JFrog Platform → Edit profile → API key → Revoke (API keys are deprecated: move to access tokens).',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
      store: STORE_REPOSITORY_CREDENTIALS,
    },
  }),
  token({
    id: 'jfrog.reference-token',
    title: 'JFrog reference token',
    scope: 'document',
    // Base64 of `reftkn:<version>:<expiry>:<random>`; `cmVmdGtu` is the Base64 of `reftkn`.
    prefix: 'cmVmdGtu',
    alphabet: B62,
    length: [56, 72],
    post: [({ value }) => (/^reftkn:\d{2}:/.test(decodeBase64(value)) ? undefined : 'not a reference token')],
    guide: {
      grants:
        'Acts as the user or service the access token was issued to on the JFrog Platform: read and deploy artifacts, and more with admin scopes.',
      revoke: 'JFrog Platform → Administration → User management → Access tokens → Revoke (or revoke your own in Edit profile).',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
      store: STORE_REPOSITORY_CREDENTIALS,
    },
  }),
  defineDetector({
    id: 'jfrog.access-token',
    title: 'JFrog access token (JWT)',
    keywords: ['eyJ'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.(?<_payload>eyJ[A-Za-z0-9_-]{10,4000})\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/,
    // JFrog access tokens carry an issuer/subject `jfrt@…` (Artifactory) or `jfac@…` (Access).
    post: [
      ({ groups }) =>
        /"(?:sub|iss)"\s*:\s*"jf(?:rt|ac)@/.test(Buffer.from(groups._payload ?? '', 'base64url').toString('utf8'))
          ? undefined
          : 'not a JFrog token',
    ],
    guide: {
      grants: 'Acts as the user or service the token was issued to on the JFrog Platform, with its scopes (artifact read/deploy, admin).',
      revoke: 'JFrog Platform → Administration → User management → Access tokens → Revoke.',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
      store: STORE_REPOSITORY_CREDENTIALS,
    },
  }),
];
