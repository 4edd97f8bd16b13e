/**
 * GitLab tokens. Prefixes: GitLab "Token overview" (docs.gitlab.com/ee/security/tokens) and the
 * merge requests / scanner rules cited in CREDENTIAL-FORMATS.md §2. Routable tokens (2024+):
 * `<prefix><base64url payload>.[<2-char version>.]<2 base36 payload length><7 base36 CRC32>`.
 */
import { crc32 } from '../checksum.js';
import { fake } from '../fake.js';
import { B62, B64URL, HEX, assignment, ci, escapeRegex } from '../patterns.js';
import type { Detector } from '../types.js';

const BODY = 'A-Za-z0-9_-';
/**
 * The routable tail; the payload is 27–300 base64url characters. The payload is taken whole
 * (a capture in a lookahead is atomic) so that a run of body characters without the `.` tail is
 * rejected in one step instead of being retried at every shorter length.
 */
const ROUTABLE = `(?=(?<_payload>[${BODY}]{27,300}))\\k<_payload>\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}`;

/**
 * `prefix` + either a routable body or the classic body (`classic` is a regex fragment with its own
 * length). A hyphen may precede the prefix: self-managed instances can prepend an instance prefix
 * (`<instance>-glpat-…`, gitlab-org/gitlab MR 211171), so only a word character is a left boundary.
 * The routable form is tried first so that a classic-length payload followed by `.` is not cut short.
 */
function gitlabToken(prefix: string, classic: string | null, routable = true): RegExp {
  const bodies = [routable ? ROUTABLE : null, classic].filter((b): b is string => b !== null).join('|');
  return new RegExp(`(?<![A-Za-z0-9_])(?<secret>${escapeRegex(prefix)}(?:${bodies}))(?![${BODY}])`);
}

/** A routable-shaped fake: payload, version `01`, base36 payload length, base36 CRC32 (as specified). */
export function fakeRoutableGitlabToken(prefix: string, salt = ''): string {
  const payload = fake(B64URL, 43, `routable|${prefix}|${salt}`);
  const length = payload.length.toString(36).padStart(2, '0');
  const crc = crc32(`${prefix}${payload}`).toString(36).padStart(7, '0');
  return `${prefix}${payload}.01.${length}${crc}`;
}

const store = 'Keep it in the CI/CD variable store (masked and protected variables) or a secret manager, and read it from the environment; never commit it.';
const tokensUrl = 'https://gitlab.com/-/user_settings/personal_access_tokens';

interface SimpleToken {
  readonly id: string;
  readonly prefix: string;
  readonly title: string;
  /** Classic body regex fragment, and a fake of that shape. */
  readonly classic: string;
  readonly fakeBody: (salt: string) => string;
  readonly grants: string;
  readonly revoke: string;
  readonly url?: string;
  readonly variable: string;
}

function simpleToken(t: SimpleToken): Detector {
  return {
    id: t.id,
    title: t.title,
    kind: 'specific',
    keywords: [t.prefix],
    pattern: gitlabToken(t.prefix, t.classic),
    examples: {
      positive: [
        `${t.variable}=«${t.prefix}${t.fakeBody('a')}»`,
        `  ${t.variable.toLowerCase()}: "«${t.prefix}${t.fakeBody('b')}»"`,
        `${t.variable}=«${fakeRoutableGitlabToken(t.prefix, t.id)}»`,
      ],
      negative: [
        `${t.variable}=${t.prefix}${'x'.repeat(t.fakeBody('a').length)}`,
        `${t.variable}=${t.prefix}${t.fakeBody('a').slice(0, 10)}`,
        `Tokens of this kind start with ${t.prefix} followed by random characters.`,
      ],
    },
    guide: { grants: t.grants, revoke: t.revoke, ...(t.url ? { url: t.url } : {}), store },
  };
}

const b64url = (n: number) => (salt: string) => fake(B64URL, n, salt);

export const detectors: Detector[] = [
  {
    id: 'gitlab.pat',
    title: 'GitLab personal, project or group access token',
    kind: 'specific',
    keywords: ['glpat-'],
    pattern: gitlabToken('glpat-', `[${BODY}]{20}`, false),
    examples: {
      positive: [
        `GITLAB_TOKEN=«glpat-${fake(B64URL, 20, 'pat1')}»`,
        `curl --header "PRIVATE-TOKEN: «glpat-${fake(B64URL, 20, 'pat2')}»" https://gitlab.example.com/api/v4/projects`,
        `https://oauth2:«glpat-${fake(B64URL, 20, 'pat3')}»@gitlab.com/group/project.git`,
        // Self-managed instance prefix in front of the standard prefix.
        `token = "acme-«glpat-${fake(B64URL, 20, 'pat4')}»"`,
      ],
      negative: [
        'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
        `GITLAB_TOKEN=glpat-${fake(B64URL, 12, 'short')}`,
        'GITLAB_TOKEN=glpat-<your-access-token>',
        'Personal access tokens start with glpat- since GitLab 14.5.',
      ],
    },
    guide: {
      grants: 'Acts as the user (or the project/group bot) with the token\'s scopes: typically read and write repositories, the API, the registry and CI/CD settings.',
      revoke: 'User settings → Access tokens → Revoke (project/group tokens: Settings → Access tokens); administrators can revoke any token through the API.',
      url: tokensUrl,
      store,
    },
  },
  {
    id: 'gitlab.pat-routable',
    title: 'GitLab routable personal access token',
    kind: 'specific',
    keywords: ['glpat-'],
    pattern: gitlabToken('glpat-', null, true),
    examples: {
      positive: [`GITLAB_TOKEN=«${fakeRoutableGitlabToken('glpat-', 'r1')}»`, `{"token": "«${fakeRoutableGitlabToken('glpat-', 'r2')}»"}`],
      negative: [`GITLAB_TOKEN=glpat-${'x'.repeat(43)}.01.0v1234567`, `GITLAB_TOKEN=glpat-${fake(B64URL, 20, 'classic')}`],
    },
    guide: {
      grants: 'Acts as the user (or the project/group bot) with the token\'s scopes: repositories, API, registry, CI/CD settings.',
      revoke: 'User settings → Access tokens → Revoke (project/group tokens: Settings → Access tokens); administrators can revoke any token through the API.',
      url: tokensUrl,
      store,
    },
  },
  simpleToken({
    id: 'gitlab.deploy-token',
    prefix: 'gldt-',
    title: 'GitLab deploy token',
    classic: `[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'GITLAB_DEPLOY_TOKEN',
    grants: 'Reads (and, with write scopes, pushes) the repository, container registry and package registry of a project or group, without a user account.',
    revoke: 'Project or group → Settings → Repository → Deploy tokens → Revoke.',
  }),
  simpleToken({
    id: 'gitlab.runner-authentication-token',
    prefix: 'glrt-',
    title: 'GitLab runner authentication token',
    // Classic 20 chars; some runners carry a `t<digit>_` type marker in front.
    classic: `(?:t\\d_)?[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'RUNNER_TOKEN',
    grants: 'Lets a machine register as the runner and pick up CI jobs, receiving their source code, job tokens and CI/CD variables (secrets).',
    revoke: 'Admin area / group / project → CI/CD → Runners → the runner → Reset the authentication token, or delete the runner.',
  }),
  simpleToken({
    id: 'gitlab.runner-registration-token',
    prefix: 'GR1348941',
    title: 'GitLab runner registration token (legacy)',
    classic: `[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'REGISTRATION_TOKEN',
    grants: 'Registers new runners for the instance, group or project, which then receive jobs together with their CI/CD variables.',
    revoke: 'CI/CD → Runners → Reset registration token (a deprecated feature: migrate to runner authentication tokens).',
  }),
  simpleToken({
    id: 'gitlab.pipeline-trigger-token',
    prefix: 'glptt-',
    title: 'GitLab pipeline trigger token',
    classic: `[${HEX.re}]{40}`,
    fakeBody: (salt) => fake(HEX, 40, salt),
    variable: 'TRIGGER_TOKEN',
    grants: 'Triggers pipelines on any branch of the project as the token owner, with control over the pipeline variables.',
    revoke: 'Project → Settings → CI/CD → Pipeline trigger tokens → Revoke.',
  }),
  simpleToken({
    id: 'gitlab.ci-job-token',
    prefix: 'glcbt-',
    title: 'GitLab CI/CD job token',
    classic: `[A-Za-z0-9]{1,5}_[${BODY}]{20}`,
    fakeBody: (salt) => `${fake(B62, 2, `${salt}p`)}_${fake(B64URL, 20, salt)}`,
    variable: 'CI_JOB_TOKEN',
    grants: 'Acts for the running job: clones the project, reads and writes its packages and registry, and calls the API endpoints allowed to job tokens, until the job ends.',
    revoke: 'Expires when the job finishes; cancel the running job to invalidate it early, and restrict the job token allowlist in Settings → CI/CD → Job token permissions.',
  }),
  simpleToken({
    id: 'gitlab.feed-token',
    prefix: 'glft-',
    title: 'GitLab feed token',
    classic: `[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'GITLAB_FEED_TOKEN',
    grants: 'Reads the user\'s RSS/Atom activity and calendar feeds, which can reveal private project names, issues and merge requests.',
    revoke: 'User settings → Access tokens → Feed token → Reset feed token.',
    url: tokensUrl,
  }),
  simpleToken({
    id: 'gitlab.incoming-mail-token',
    prefix: 'glimt-',
    title: 'GitLab incoming email token',
    classic: `[${BODY}]{25}`,
    fakeBody: b64url(25),
    variable: 'GITLAB_INCOMING_EMAIL_TOKEN',
    grants: 'Creates issues and merge requests by email as the user.',
    revoke: 'User settings → Access tokens → Incoming email token → Reset, or reset it from a project\'s "Email a new issue" dialog.',
    url: tokensUrl,
  }),
  simpleToken({
    id: 'gitlab.agent-token',
    prefix: 'glagent-',
    title: 'GitLab agent for Kubernetes token',
    classic: `[${BODY}]{50}`,
    fakeBody: b64url(50),
    variable: 'AGENT_TOKEN',
    grants: 'Connects an agent for Kubernetes to GitLab as that agent: it can receive the agent\'s configuration and the CI/CD access tunnel to the cluster.',
    revoke: 'Project → Operate → Kubernetes clusters → the agent → Access tokens → Revoke, then install a new token.',
  }),
  simpleToken({
    id: 'gitlab.oauth-application-secret',
    prefix: 'gloas-',
    title: 'GitLab OAuth application secret',
    classic: `[${BODY}]{64}`,
    fakeBody: b64url(64),
    variable: 'GITLAB_OAUTH_SECRET',
    grants: 'Lets anyone exchange OAuth codes as your application and impersonate it to every user who authorised it.',
    revoke: 'User / group / admin settings → Applications → the application → Renew secret.',
    url: 'https://gitlab.com/-/user_settings/applications',
  }),
  simpleToken({
    id: 'gitlab.scim-token',
    prefix: 'glsoat-',
    title: 'GitLab SCIM token',
    classic: `[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'GITLAB_SCIM_TOKEN',
    grants: 'Provisions and deprovisions users of the group through the SCIM API.',
    revoke: 'Group → Settings → SAML SSO → SCIM token → Reset SCIM token.',
  }),
  simpleToken({
    id: 'gitlab.feature-flag-client-token',
    prefix: 'glffct-',
    title: 'GitLab feature flags client token',
    classic: `[${BODY}]{20}`,
    fakeBody: b64url(20),
    variable: 'UNLEASH_API_TOKEN',
    grants: 'Reads the project\'s feature-flag definitions through the Unleash-compatible API.',
    revoke: 'Project → Deploy → Feature flags → Configure → Reset the instance ID / token.',
  }),
  {
    id: 'gitlab.other-token',
    title: 'GitLab token (other prefix)',
    kind: 'specific',
    // Runner tokens created through registration, workspace tokens, and other prefixes from the
    // GitLab token overview (unverified shapes: accept 20–64 characters).
    keywords: ['glrtr-', 'glwt-', 'gltst-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>(?:glrtr-|glwt-|gltst-)(?:${ROUTABLE}|[${BODY}]{20,64}))(?![${BODY}])`),
    examples: {
      positive: [`RUNNER_TOKEN=«glrtr-${fake(B64URL, 20, 'glrtr')}»`, `token: «glwt-${fake(B64URL, 24, 'glwt')}»`],
      negative: ['RUNNER_TOKEN=glrtr-xxxxxxxxxxxxxxxxxxxx', `token: glwt-${fake(B64URL, 8, 'short')}`],
    },
    guide: {
      grants: 'Authenticates to GitLab as the runner, workspace or user the token was issued to.',
      revoke: 'Find the token by its prefix in the GitLab token overview, then revoke or reset it where it was created (runner settings, workspace, user access tokens).',
      url: 'https://docs.gitlab.com/ee/security/tokens/',
      store,
    },
  },
  {
    id: 'gitlab.session-cookie',
    title: 'GitLab session cookie',
    kind: 'specific',
    keywords: ['_gitlab_session'],
    keywordScope: 'line',
    pattern: new RegExp(`${ci('_gitlab_session')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])`),
    minEntropy: 3.0,
    examples: {
      positive: [`Cookie: _gitlab_session=«${fake(HEX, 32, 'sess')}»; event_filter=all`, `{"_gitlab_session": "«${fake(HEX, 32, 'sess2')}»"}`],
      negative: [`Cookie: _gitlab_session=${'0'.repeat(32)}`, `Cookie: _gitlab_session=${fake(HEX, 16, 'short')}`],
    },
    guide: {
      grants: 'Hijacks the signed-in browser session of the user: everything the user can do in the web interface, until the session ends.',
      revoke: 'User settings → Active sessions → Revoke the session (or sign out everywhere); changing the password also ends other sessions.',
      url: 'https://gitlab.com/-/user_settings/active_sessions',
      store: 'Never paste HAR files or cookie headers into repositories or tickets; strip cookies before sharing.',
    },
  },
  {
    id: 'gitlab.legacy-token',
    title: 'GitLab access token (legacy, un-prefixed)',
    kind: 'specific',
    // Before GitLab 14.5 personal access tokens were 20 characters with no prefix: require a
    // GitLab-named variable or the PRIVATE-TOKEN header.
    keywords: ['gitlab', 'private-token', 'private_token'],
    keywordScope: 'line',
    pattern: assignment([`${ci('gitlab')}[A-Za-z0-9_.-]{0,24}?(?:${ci('token')}|${ci('pat')})`, `${ci('private')}[_-]${ci('token')}`], `[${BODY}]{20}`),
    minEntropy: 3.5,
    examples: {
      positive: [`GITLAB_TOKEN=«${fake(B62, 20, 'legacy1')}»`, `curl -H "PRIVATE-TOKEN: «${fake(B64URL, 20, 'legacy2')}»" https://gitlab.example.com/api/v4/user`],
      negative: [`GITLAB_TOKEN=${'a1'.repeat(10)}`, `GITLAB_PROJECT_ID=${fake(B62, 20, 'id')}`, 'GITLAB_TOKEN=$CI_JOB_TOKEN_VALUE_FROM_VAULT'],
    },
    guide: {
      grants: 'Acts as the user with the token\'s scopes (API, repositories, registry).',
      revoke: 'User settings → Access tokens → Revoke; old un-prefixed tokens should be replaced by new ones with expiry dates.',
      url: tokensUrl,
      store,
    },
  },
];
