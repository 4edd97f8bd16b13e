/**
 * GitLab tokens. Prefixes: GitLab "Token overview" (docs.gitlab.com/ee/security/tokens) and the
 * merge requests / scanner rules cited in CREDENTIAL-FORMATS.md §2. Routable tokens (2024+):
 * `<prefix><base64url payload>.[<2-char version>.]<2 base36 payload length><7 base36 CRC32>`.
 */
import { assignment, ci, defineDetector, escapeRegex, HEX, type Detector } from '../kit/index.js';

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

const store =
  'Keep it in the CI/CD variable store (masked and protected variables) or a secret manager, and read it from the environment; never commit it.';
const tokensUrl = 'https://gitlab.com/-/user_settings/personal_access_tokens';

interface SimpleToken {
  readonly id: string;
  readonly prefix: string;
  readonly title: string;
  /** Classic body regex fragment. */
  readonly classic: string;
  readonly grants: string;
  readonly revoke: string;
  readonly url?: string;
}

function simpleToken(t: SimpleToken): Detector {
  return defineDetector({
    id: t.id,
    title: t.title,
    keywords: [t.prefix],
    scope: 'document',
    pattern: () => gitlabToken(t.prefix, t.classic),
    guide: { grants: t.grants, revoke: t.revoke, ...(t.url ? { url: t.url } : {}), store },
  });
}

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'gitlab.pat',
    title: 'GitLab personal, project or group access token',
    keywords: ['glpat-'],
    scope: 'document',
    pattern: () => gitlabToken('glpat-', `[${BODY}]{20}`, false),
    guide: {
      grants:
        "Acts as the user (or the project/group bot) with the token's scopes: typically read and write repositories, the API, the registry and CI/CD settings.",
      revoke:
        'User settings → Access tokens → Revoke (project/group tokens: Settings → Access tokens); administrators can revoke any token through the API.',
      url: tokensUrl,
      store,
    },
  }),
  defineDetector({
    id: 'gitlab.pat-routable',
    title: 'GitLab routable personal access token',
    keywords: ['glpat-'],
    scope: 'document',
    pattern: () => gitlabToken('glpat-', null, true),
    guide: {
      grants: "Acts as the user (or the project/group bot) with the token's scopes: repositories, API, registry, CI/CD settings.",
      revoke:
        'User settings → Access tokens → Revoke (project/group tokens: Settings → Access tokens); administrators can revoke any token through the API.',
      url: tokensUrl,
      store,
    },
  }),
  simpleToken({
    id: 'gitlab.deploy-token',
    prefix: 'gldt-',
    title: 'GitLab deploy token',
    classic: `[${BODY}]{20}`,
    grants:
      'Reads (and, with write scopes, pushes) the repository, container registry and package registry of a project or group, without a user account.',
    revoke: 'Project or group → Settings → Repository → Deploy tokens → Revoke.',
  }),
  simpleToken({
    id: 'gitlab.runner-authentication-token',
    prefix: 'glrt-',
    title: 'GitLab runner authentication token',
    // Classic 20 chars; some runners carry a `t<digit>_` type marker in front.
    classic: `(?:t\\d_)?[${BODY}]{20}`,
    grants:
      'Lets a machine register as the runner and pick up CI jobs, receiving their source code, job tokens and CI/CD variables (secrets).',
    revoke: 'Admin area / group / project → CI/CD → Runners → the runner → Reset the authentication token, or delete the runner.',
  }),
  simpleToken({
    id: 'gitlab.runner-registration-token',
    prefix: 'GR1348941',
    title: 'GitLab runner registration token (legacy)',
    classic: `[${BODY}]{20}`,
    grants: 'Registers new runners for the instance, group or project, which then receive jobs together with their CI/CD variables.',
    revoke: 'CI/CD → Runners → Reset registration token (a deprecated feature: migrate to runner authentication tokens).',
  }),
  simpleToken({
    id: 'gitlab.pipeline-trigger-token',
    prefix: 'glptt-',
    title: 'GitLab pipeline trigger token',
    classic: `[${HEX.re}]{40}`,
    grants: 'Triggers pipelines on any branch of the project as the token owner, with control over the pipeline variables.',
    revoke: 'Project → Settings → CI/CD → Pipeline trigger tokens → Revoke.',
  }),
  simpleToken({
    id: 'gitlab.ci-job-token',
    prefix: 'glcbt-',
    title: 'GitLab CI/CD job token',
    classic: `[A-Za-z0-9]{1,5}_[${BODY}]{20}`,
    grants:
      'Acts for the running job: clones the project, reads and writes its packages and registry, and calls the API endpoints allowed to job tokens, until the job ends.',
    revoke:
      'Expires when the job finishes; cancel the running job to invalidate it early, and restrict the job token allowlist in Settings → CI/CD → Job token permissions.',
  }),
  simpleToken({
    id: 'gitlab.feed-token',
    prefix: 'glft-',
    title: 'GitLab feed token',
    classic: `[${BODY}]{20}`,
    grants: "Reads the user's RSS/Atom activity and calendar feeds, which can reveal private project names, issues and merge requests.",
    revoke: 'User settings → Access tokens → Feed token → Reset feed token.',
    url: tokensUrl,
  }),
  simpleToken({
    id: 'gitlab.incoming-mail-token',
    prefix: 'glimt-',
    title: 'GitLab incoming email token',
    classic: `[${BODY}]{25}`,
    grants: 'Creates issues and merge requests by email as the user.',
    revoke: 'User settings → Access tokens → Incoming email token → Reset, or reset it from a project\'s "Email a new issue" dialog.',
    url: tokensUrl,
  }),
  simpleToken({
    id: 'gitlab.agent-token',
    prefix: 'glagent-',
    title: 'GitLab agent for Kubernetes token',
    classic: `[${BODY}]{50}`,
    grants:
      "Connects an agent for Kubernetes to GitLab as that agent: it can receive the agent's configuration and the CI/CD access tunnel to the cluster.",
    revoke: 'Project → Operate → Kubernetes clusters → the agent → Access tokens → Revoke, then install a new token.',
  }),
  simpleToken({
    id: 'gitlab.oauth-application-secret',
    prefix: 'gloas-',
    title: 'GitLab OAuth application secret',
    classic: `[${BODY}]{64}`,
    grants: 'Lets anyone exchange OAuth codes as your application and impersonate it to every user who authorised it.',
    revoke: 'User / group / admin settings → Applications → the application → Renew secret.',
    url: 'https://gitlab.com/-/user_settings/applications',
  }),
  simpleToken({
    id: 'gitlab.scim-token',
    prefix: 'glsoat-',
    title: 'GitLab SCIM token',
    classic: `[${BODY}]{20}`,
    grants: 'Provisions and deprovisions users of the group through the SCIM API.',
    revoke: 'Group → Settings → SAML SSO → SCIM token → Reset SCIM token.',
  }),
  simpleToken({
    id: 'gitlab.feature-flag-client-token',
    prefix: 'glffct-',
    title: 'GitLab feature flags client token',
    classic: `[${BODY}]{20}`,
    grants: "Reads the project's feature-flag definitions through the Unleash-compatible API.",
    revoke: 'Project → Deploy → Feature flags → Configure → Reset the instance ID / token.',
  }),
  defineDetector({
    id: 'gitlab.other-token',
    title: 'GitLab token (other prefix)',
    // Runner tokens created through registration, workspace tokens, and other prefixes from the
    // GitLab token overview (unverified shapes: accept 20–64 characters).
    keywords: ['glrtr-', 'glwt-', 'gltst-'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>(?:glrtr-|glwt-|gltst-)(?:${ROUTABLE}|[${BODY}]{20,64}))(?![${BODY}])`),
    guide: {
      grants: 'Authenticates to GitLab as the runner, workspace or user the token was issued to.',
      revoke:
        'Find the token by its prefix in the GitLab token overview, then revoke or reset it where it was created (runner settings, workspace, user access tokens).',
      url: 'https://docs.gitlab.com/ee/security/tokens/',
      store,
    },
  }),
  defineDetector({
    id: 'gitlab.session-cookie',
    title: 'GitLab session cookie',
    keywords: ['_gitlab_session'],
    pattern: () => new RegExp(`${ci('_gitlab_session')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])`),
    minEntropy: 3.0,
    guide: {
      grants: 'Hijacks the signed-in browser session of the user: everything the user can do in the web interface, until the session ends.',
      revoke:
        'User settings → Active sessions → Revoke the session (or sign out everywhere); changing the password also ends other sessions.',
      url: 'https://gitlab.com/-/user_settings/active_sessions',
      store: 'Never paste HAR files or cookie headers into repositories or tickets; strip cookies before sharing.',
    },
  }),
  defineDetector({
    id: 'gitlab.legacy-token',
    title: 'GitLab access token (legacy, un-prefixed)',
    // Before GitLab 14.5 personal access tokens were 20 characters with no prefix: require a
    // GitLab-named variable or the PRIVATE-TOKEN header.
    keywords: ['gitlab', 'private-token', 'private_token'],
    pattern: () =>
      assignment(
        [`${ci('gitlab')}[A-Za-z0-9_.-]{0,24}?(?:${ci('token')}|${ci('pat')})`, `${ci('private')}[_-]${ci('token')}`],
        `[${BODY}]{20}`,
      ),
    minEntropy: 3.5,
    guide: {
      grants: "Acts as the user with the token's scopes (API, repositories, registry).",
      revoke: 'User settings → Access tokens → Revoke; old un-prefixed tokens should be replaced by new ones with expiry dates.',
      url: tokensUrl,
      store,
    },
  }),
];
