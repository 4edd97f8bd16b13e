/**
 * Bitbucket and the other code hosts of CREDENTIAL-FORMATS.md §2 (Gitea/Forgejo, Sourcegraph).
 * Bitbucket shapes: Atlassian blog on deprecating account passwords (`ATBB` app passwords) and
 * scanner cross-checks; several are marked unverified there, so lengths are ranges.
 */
import { fake } from '../fake.js';
import { B62, HEX, HEX_ANY, assignment, prefixedToken } from '../patterns.js';
import type { Detector } from '../types.js';
import { providerName } from './registries.js';

const bitbucketStore = 'Keep it in Bitbucket Pipelines secured variables or a secret manager; use `git credential` helpers locally instead of URLs with passwords.';

/** `ATBB` + random part + 8 hex tail (the split is unverified; the tail is hex in every sample). */
function fakeAppPassword(salt: string): string {
  return `ATBB${fake(B62, 24, `atbb${salt}`)}${fake(HEX_ANY, 8, `atbb-tail${salt}`).toUpperCase()}`;
}

export const detectors: Detector[] = [
  {
    id: 'bitbucket.app-password',
    title: 'Bitbucket app password',
    kind: 'specific',
    keywords: ['ATBB'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9]{20,32}[0-9A-Fa-f]{8})(?![A-Za-z0-9])/,
    examples: {
      positive: [
        `https://jdoe:«${fakeAppPassword('1')}»@bitbucket.org`,
        `BITBUCKET_APP_PASSWORD=«${fakeAppPassword('2')}»`,
        `bitbucket:\n  username: ci-bot\n  password: "«${fakeAppPassword('3')}»"`,
      ],
      negative: ['BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `BITBUCKET_APP_PASSWORD=ATBB${fake(B62, 12, 'short')}`, `ATBB${fake(B62, 24, 'nohex')}zzzzqqqq`],
    },
    guide: {
      grants: 'Acts as the Bitbucket Cloud user for Git over HTTPS and the REST API, within the permissions chosen for the app password (repositories, pull requests, pipelines, workspace administration).',
      revoke: 'Bitbucket → Personal settings → App passwords → Revoke. App passwords stop working in June 2026: replace them with Atlassian API tokens with scopes.',
      url: 'https://bitbucket.org/account/settings/app-passwords/',
      store: bitbucketStore,
    },
  },
  {
    id: 'bitbucket.access-token',
    title: 'Bitbucket repository/project/workspace access token',
    kind: 'specific',
    // The `ATCTT3xFfGN0` family is shared with Atlassian admin API keys (§11): require Bitbucket
    // context on the line, and win de-duplication against a context-free Atlassian detector.
    keywords: ['x-token-auth', 'bitbucket'],
    keywordScope: 'line',
    precedence: 1,
    pattern: /(?<![A-Za-z0-9_])(?<secret>ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})(?![A-Za-z0-9_=-])/,
    examples: {
      positive: [
        `git clone https://x-token-auth:«ATCTT3xFfGN0${fake(B62, 170, 'bbat1')}=${fake(HEX_ANY, 8, 'bbat1t').toUpperCase()}»@bitbucket.org/acme/api.git`,
        `BITBUCKET_ACCESS_TOKEN=«ATCTT3xFfGN0${fake(B62, 170, 'bbat2')}»`,
      ],
      negative: [`BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${fake(B62, 30, 'short')}`, `ADMIN_KEY=ATCTT3xFfGN0${fake(B62, 170, 'noctx')}`],
    },
    guide: {
      grants: 'Acts as the repository, project or workspace bot user: clone and push, pull requests, pipelines and webhooks within the token\'s scopes.',
      revoke: 'Repository (or project / workspace) settings → Security → Access tokens → Revoke.',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
      store: bitbucketStore,
    },
  },
  {
    id: 'bitbucket.oauth-client-secret',
    title: 'Bitbucket OAuth consumer secret',
    kind: 'specific',
    keywords: ['bitbucket'],
    keywordScope: 'line',
    pattern: assignment([providerName('bitbucket', ['secret'])], '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    companions: [{ name: 'client_id', pattern: assignment([providerName('bitbucket', ['key', 'id'])], '(?<value>[A-Za-z0-9]{18})'), withinLines: 3 }],
    examples: {
      positive: [`BITBUCKET_CLIENT_ID=${fake(B62, 18, 'bbkey')}\nBITBUCKET_CLIENT_SECRET=«${fake(B62, 32, 'bbsecret')}»`, `bitbucket_oauth_secret: "«${fake(B62, 32, 'bbsecret2')}»"`],
      negative: [`BITBUCKET_CLIENT_ID=${fake(B62, 18, 'bbkey')}`, 'BITBUCKET_CLIENT_SECRET=your-bitbucket-client-secret-here', `BITBUCKET_CLIENT_SECRET=${'ab'.repeat(16)}`],
    },
    guide: {
      grants: 'Lets anyone run OAuth flows as your consumer: exchange authorisation codes and obtain tokens for users who authorised it, or client-credentials tokens for the workspace.',
      revoke: 'Bitbucket → Workspace settings → OAuth consumers → edit the consumer and regenerate its secret, or delete it.',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      store: bitbucketStore,
    },
  },
  {
    id: 'bitbucket.password',
    title: 'Bitbucket password or app password (un-prefixed)',
    kind: 'specific',
    // Older app passwords and account passwords carry no prefix: require a Bitbucket password name.
    // Broad: a prefixed token in the same place is reported by its own detector instead.
    keywords: ['bitbucket'],
    keywordScope: 'line',
    precedence: -1,
    pattern: assignment([providerName('bitbucket', ['password', 'passwd', 'pass', 'pwd'])], '[A-Za-z0-9]{16,40}'),
    minEntropy: 3.5,
    examples: {
      positive: [`BITBUCKET_APP_PASSWORD=«${fake(B62, 20, 'bbpw')}»`, `bitbucketPassword: '«${fake(B62, 24, 'bbpw2')}»'`],
      negative: ['BITBUCKET_PASSWORD=${BITBUCKET_PASSWORD}', `BITBUCKET_USER=${fake(B62, 20, 'user')}`, 'BITBUCKET_PASSWORD=passwordpassword'],
    },
    guide: {
      grants: 'Signs in to Bitbucket as the user for Git over HTTPS and the API (app password scopes, or the whole account for an account password).',
      revoke: 'Bitbucket → Personal settings → App passwords → Revoke; for an account password change it in Atlassian account settings and review active sessions.',
      url: 'https://bitbucket.org/account/settings/app-passwords/',
      store: bitbucketStore,
    },
  },
  {
    id: 'gitea.access-token',
    title: 'Gitea / Forgejo access token',
    kind: 'specific',
    // 40 hex with no prefix, like a commit SHA: only with a Gitea/Forgejo token name.
    keywords: ['gitea', 'forgejo'],
    keywordScope: 'line',
    pattern: assignment([providerName('gitea', ['token', 'key', 'password']), providerName('forgejo', ['token', 'key', 'password'])], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    examples: {
      positive: [`GITEA_TOKEN=«${fake(HEX, 40, 'gitea')}»`, `forgejo_access_token: "«${fake(HEX, 40, 'forgejo')}»"`],
      negative: [`GITEA_COMMIT=${fake(HEX, 40, 'sha')}`, `commit ${fake(HEX, 40, 'sha2')}`, `GITEA_TOKEN=${fake(HEX, 20, 'short')}`],
    },
    guide: {
      grants: 'Acts as the user on the Gitea/Forgejo instance within the token\'s scopes: repositories, organisations, packages, admin API for admins.',
      revoke: 'Gitea/Forgejo → Settings → Applications → Access tokens → Delete.',
      store: 'Keep it in the CI secret store or a credential helper; never commit it.',
    },
  },
  {
    id: 'sourcegraph.access-token',
    title: 'Sourcegraph access token',
    kind: 'specific',
    keywords: ['sgp_'],
    // Hex bodies only: Segment's `sgp_` tokens (§11) have mixed-case bodies of about 64 characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[0-9a-f]{16}_[0-9a-f]{40}|local_[0-9a-f]{40}|[0-9a-f]{40}))(?![A-Za-z0-9_-])/,
    examples: {
      positive: [
        `SRC_ACCESS_TOKEN=«sgp_${fake(HEX, 16, 'sg1')}_${fake(HEX, 40, 'sg2')}»`,
        `SRC_ACCESS_TOKEN=«sgp_local_${fake(HEX, 40, 'sg3')}»`,
        `Authorization: token «sgp_${fake(HEX, 40, 'sg4')}»`,
      ],
      negative: [`SEGMENT_TOKEN=sgp_${fake(B62, 64, 'segment')}`, `SRC_ACCESS_TOKEN=sgp_${fake(HEX, 20, 'short')}`],
    },
    guide: {
      grants: 'Acts as the user on the Sourcegraph instance: search all code the user can see (including private repositories), use the GraphQL API and batch changes.',
      revoke: 'Sourcegraph → User settings → Access tokens → Delete.',
      store: 'Keep it in `SRC_ACCESS_TOKEN` from a secret manager or the CI secret store; never commit it.',
    },
  },
  {
    id: 'sourcegraph.cody-gateway-key',
    title: 'Sourcegraph Cody Gateway / license-derived key',
    kind: 'specific',
    keywords: ['slk_'],
    pattern: prefixedToken('slk_', HEX, 64),
    examples: {
      positive: [`CODY_GATEWAY_KEY=«slk_${fake(HEX, 64, 'slk')}»`],
      negative: [`CODY_GATEWAY_KEY=slk_${fake(HEX, 32, 'short')}`, 'CODY_GATEWAY_KEY=slk_<license-key>'],
    },
    guide: {
      grants: 'Uses the Sourcegraph instance\'s Cody Gateway (LLM) access billed to the license.',
      revoke: 'Contact Sourcegraph to regenerate the license key, then update the instance configuration.',
      store: 'Keep it in the instance\'s site configuration secrets, not in repositories.',
    },
  },
];
