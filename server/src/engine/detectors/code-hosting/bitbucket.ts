/**
 * Bitbucket credentials. Shapes: Atlassian blog on deprecating account passwords (`ATBB` app passwords)
 * and scanner cross-checks (CREDENTIAL-FORMATS.md §2); several are marked unverified there, so lengths
 * are ranges.
 */
import { assignment, ci, defineDetector, providerKindName, type Detector } from '../kit/index.js';

const bitbucketStore =
  'Keep it in Bitbucket Pipelines secured variables or a secret manager; use `git credential` helpers locally instead of URLs with passwords.';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'bitbucket.app-password',
    title: 'Bitbucket app password',
    keywords: ['ATBB'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9]{20,32}[0-9A-Fa-f]{8})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Acts as the Bitbucket Cloud user for Git over HTTPS and the REST API, within the permissions chosen for the app password (repositories, pull requests, pipelines, workspace administration).',
      revoke:
        'Bitbucket → Personal settings → App passwords → Revoke. App passwords stop working in June 2026: replace them with Atlassian API tokens with scopes.',
      url: 'https://bitbucket.org/account/settings/app-passwords/',
      store: bitbucketStore,
    },
  }),
  defineDetector({
    id: 'bitbucket.access-token',
    title: 'Bitbucket repository/project/workspace access token',
    // The `ATCTT3xFfGN0` family is shared with Atlassian admin API keys (§11): require Bitbucket
    // context on the line, and win de-duplication against a context-free Atlassian detector.
    keywords: ['x-token-auth', 'bitbucket'],
    precedence: 1,
    pattern: /(?<![A-Za-z0-9_])(?<secret>ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})(?![A-Za-z0-9_=-])/,
    guide: {
      grants:
        "Acts as the repository, project or workspace bot user: clone and push, pull requests, pipelines and webhooks within the token's scopes.",
      revoke: 'Repository (or project / workspace) settings → Security → Access tokens → Revoke.',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
      store: bitbucketStore,
    },
  }),
  defineDetector({
    id: 'bitbucket.oauth-client-secret',
    title: 'Bitbucket OAuth consumer secret',
    keywords: ['bitbucket'],
    pattern: () => assignment([providerKindName([ci('bitbucket')], ['secret'], { gap: 24 })], '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    companions: [
      {
        name: 'client_id',
        pattern: assignment([providerKindName([ci('bitbucket')], ['key', 'id'], { gap: 24 })], '(?<value>[A-Za-z0-9]{18})'),
        withinLines: 3,
      },
    ],
    guide: {
      grants:
        'Lets anyone run OAuth flows as your consumer: exchange authorisation codes and obtain tokens for users who authorised it, or client-credentials tokens for the workspace.',
      revoke: 'Bitbucket → Workspace settings → OAuth consumers → edit the consumer and regenerate its secret, or delete it.',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      store: bitbucketStore,
    },
  }),
  defineDetector({
    id: 'bitbucket.password',
    title: 'Bitbucket password or app password (un-prefixed)',
    // Older app passwords and account passwords carry no prefix: require a Bitbucket password name.
    // Broad: a prefixed token in the same place is reported by its own detector instead.
    keywords: ['bitbucket'],
    precedence: -1,
    pattern: () =>
      assignment([providerKindName([ci('bitbucket')], ['password', 'passwd', 'pass', 'pwd'], { gap: 24 })], '[A-Za-z0-9]{16,40}'),
    minEntropy: 3.5,
    guide: {
      grants:
        'Signs in to Bitbucket as the user for Git over HTTPS and the API (app password scopes, or the whole account for an account password).',
      revoke:
        'Bitbucket → Personal settings → App passwords → Revoke; for an account password change it in Atlassian account settings and review active sessions.',
      url: 'https://bitbucket.org/account/settings/app-passwords/',
      store: bitbucketStore,
    },
  }),
];
