/** atlassian (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import {
  alphabet,
  assignment,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  type PostValidator,
  prefixedToken,
  providerNames,
} from '../kit/index.js';

/** Jira/Confluence Data Center PATs are Base64 of `<numeric id>:<random bytes>`. */
const isNotDcPat: PostValidator = ({ value }) =>
  /^\d{6,}:/.test(Buffer.from(value, 'base64').toString('latin1')) ? undefined : 'does not decode to <id>:<secret>';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'atlassian.api-token',
    title: 'Atlassian API token',
    keywords: ['ATATT3'],
    scope: 'document',
    // `ATATT3xFfGF0` + ~180 base64url chars, `=`, 8 hex checksum (since 2023).
    pattern: () => prefixedToken('ATATT3', alphabet('A-Za-z0-9_=-'), [150, 300]),
    guide: {
      grants:
        'With the account e-mail as Basic-auth user, acts as that user on Jira, Confluence and Bitbucket Cloud with all their permissions (or the scopes of a scoped token).',
      revoke:
        "id.atlassian.com → Account settings → Security → Create and manage API tokens → Revoke; organization admins can also revoke users' tokens in admin.atlassian.com.",
      url: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    },
  }),
  defineDetector({
    id: 'atlassian.admin-api-key',
    title: 'Atlassian organization admin API key',
    keywords: ['ATCTT3'],
    scope: 'document',
    // `ATCTT3xFfGN0` + ~180 chars (unverified): a wide range.
    pattern: () => prefixedToken('ATCTT3', alphabet('A-Za-z0-9_=-'), [100, 300]),
    guide: {
      grants:
        'Calls the organization admin APIs: manage users, groups, domains, policies and read the audit log of the whole Atlassian organization.',
      revoke: 'admin.atlassian.com → Settings → API keys → Revoke.',
      url: 'https://admin.atlassian.com',
    },
  }),
  defineDetector({
    id: 'atlassian.api-token-legacy',
    title: 'Atlassian API token (legacy, 24 characters)',
    keywords: ['atlassian', 'jira', 'confluence'],
    // Pre-2023 tokens: 24 base62, used as the Basic-auth password with the account e-mail.
    pattern: () =>
      assignment(
        providerNames(
          ['atlassian', 'jira', 'confluence'],
          ['token', 'pass', 'secret', 'key', 'pat'].map((x) => ci(x)),
        ),
        '[A-Za-z0-9]{24}',
      ),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'With the account e-mail as Basic-auth user, acts as that user on Jira and Confluence Cloud with all their permissions.',
      revoke: 'id.atlassian.com → Account settings → Security → Create and manage API tokens → Revoke.',
      url: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    },
  }),
  defineDetector({
    id: 'atlassian.dc-pat',
    title: 'Jira / Confluence / Bitbucket Data Center personal access token',
    keywords: ['jira', 'confluence', 'bitbucket', 'atlassian'],
    // 44 Base64 chars of `<numeric id>:<random>`, so they start with M/N/O (unverified): decode to check.
    pattern: () =>
      assignment(
        providerNames(
          ['jira', 'confluence', 'bitbucket', 'atlassian'],
          ['token', 'pat', 'bearer', 'pass', 'secret'].map((x) => ci(x)),
        ),
        '[MNO][A-Za-z0-9+/]{43}',
      ),
    post: [isNotDcPat],
    guide: {
      grants: 'Acts as the user on a self-hosted Jira, Confluence or Bitbucket Data Center instance, with all their permissions.',
      revoke:
        'On the instance: avatar → Profile → Personal access tokens → Revoke (admins: Administration → Users → Personal access tokens).',
      url: 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
    },
  }),
];
