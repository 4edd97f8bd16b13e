/**
 * CI/CD and developer-tooling tokens (CREDENTIAL-FORMATS.md §2). Terraform Cloud (`.atlasv1.`) and
 * Pulumi (`pul-`) are §1 rows and live in cloud.ts. Un-prefixed CI tokens (Travis, Drone, Codecov,
 * Snyk, legacy CircleCI/Sonar, Jenkins) need the provider's name in the variable name.
 */
import { fake } from '../fake.js';
import { B62, B64URL, HEX, LOWER_DIGITS, UPPER_DIGITS, assignment, ci, prefixedToken } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { fakeUuid, providerName } from './registries.js';
import { UUID } from '../patterns.js';

/** Mixed letters and digits: rejects words and identifiers that share a token's alphabet. */
const isNotMixed: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'not letters and digits');

const ciStore = 'Keep it in the CI system\'s secret store (masked, protected variables) or a secret manager and read it from the environment; never commit it.';

export const detectors: Detector[] = [
  // ---- CircleCI ----
  {
    id: 'circleci.personal-token',
    title: 'CircleCI personal API token',
    kind: 'specific',
    keywords: ['CCIPAT_'],
    // `CCIPAT_` + ~22 alphanumerics + `_` + 40 hex (split unverified: accept 18–30).
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPAT_[A-Za-z0-9]{18,30}_[0-9a-f]{40})(?![A-Za-z0-9])/,
    examples: {
      positive: [`CIRCLE_TOKEN=«CCIPAT_${fake(B62, 22, 'cc1')}_${fake(HEX, 40, 'cc2')}»`, `curl -H "Circle-Token: «CCIPAT_${fake(B62, 22, 'cc3')}_${fake(HEX, 40, 'cc4')}»" https://circleci.com/api/v2/me`],
      negative: [`CIRCLE_TOKEN=CCIPAT_${fake(B62, 22, 'cc1')}_${fake(HEX, 12, 'short')}`],
    },
    guide: {
      grants: 'Acts as the CircleCI user through the API: read and change project settings and environment variables (secrets are write-only, but can be replaced), trigger pipelines, read build logs and artifacts.',
      revoke: 'CircleCI → User settings → Personal API tokens → Remove.',
      url: 'https://app.circleci.com/settings/user/tokens',
      store: ciStore,
    },
  },
  {
    id: 'circleci.project-token',
    title: 'CircleCI project API token',
    kind: 'specific',
    keywords: ['CCIPRJ_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPRJ_[A-Za-z0-9]{18,30}_[0-9a-f]{40})(?![A-Za-z0-9])/,
    examples: {
      positive: [`CIRCLECI_PROJECT_TOKEN=«CCIPRJ_${fake(B62, 22, 'cp1')}_${fake(HEX, 40, 'cp2')}»`],
      negative: [`CIRCLECI_PROJECT_TOKEN=CCIPRJ_${'x'.repeat(22)}_${fake(HEX, 40, 'cp2')}`, 'CCIPRJ_ tokens belong to a single project'],
    },
    guide: {
      grants: 'Calls the CircleCI API for one project with the token\'s scope (status, read-only or admin): trigger pipelines, read build artifacts and logs.',
      revoke: 'CircleCI → Project settings → API permissions → delete the token.',
      url: 'https://circleci.com/docs/managing-api-tokens/',
      store: ciStore,
    },
  },
  {
    id: 'circleci.legacy-token',
    title: 'CircleCI API token (legacy, 40 hex)',
    kind: 'specific',
    // Commit SHAs share the shape: only with a CircleCI token name or the Circle-Token header.
    keywords: ['circle'],
    keywordScope: 'line',
    pattern: assignment([providerName('circle', ['token', 'key'])], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    examples: {
      positive: [`CIRCLE_TOKEN=«${fake(HEX, 40, 'ccl1')}»`, `curl -H "Circle-Token: «${fake(HEX, 40, 'ccl2')}»" https://circleci.com/api/v2/me`, `CIRCLECI_API_TOKEN="«${fake(HEX, 40, 'ccl3')}»"`],
      negative: [`CIRCLE_SHA1=${fake(HEX, 40, 'sha')}`, 'CIRCLE_TOKEN=${CIRCLECI_TOKEN}', `CIRCLE_TOKEN=${fake(HEX, 32, 'short')}`],
    },
    guide: {
      grants: 'Acts as the CircleCI user (personal token) or on one project (project token) through the API: trigger pipelines, read logs and artifacts, change settings.',
      revoke: 'CircleCI → User settings → Personal API tokens → Remove (project tokens: Project settings → API permissions).',
      url: 'https://app.circleci.com/settings/user/tokens',
      store: ciStore,
    },
  },
  // ---- Travis CI, Buildkite, Drone, Jenkins ----
  {
    id: 'travis.api-token',
    title: 'Travis CI API token',
    kind: 'specific',
    keywords: ['travis'],
    keywordScope: 'line',
    pattern: assignment([providerName('travis', ['token', 'key'])], '[A-Za-z0-9_]{22}'),
    post: [isNotMixed],
    minEntropy: 3.5,
    examples: {
      positive: [`TRAVIS_API_TOKEN=«${fake(B62, 22, 'tr1')}»`, `travis_token: "«${fake(B62, 22, 'tr2')}»"`],
      negative: [`TRAVIS_BUILD_ID=${fake(B62, 22, 'id')}`, 'TRAVIS_TOKEN=this_is_not_the_token_', `TRAVIS_TOKEN=${fake(B62, 12, 'short')}`],
    },
    guide: {
      grants: 'Acts as the Travis CI user through the API: trigger builds, read logs, and change repository settings and environment variables.',
      revoke: 'travis-ci.com → Account settings → Settings → API authentication → Regenerate token.',
      url: 'https://app.travis-ci.com/account/preferences',
      store: ciStore,
    },
  },
  {
    id: 'buildkite.api-token',
    title: 'Buildkite user API access token',
    kind: 'specific',
    keywords: ['bkua_'],
    pattern: prefixedToken('bkua_', HEX, 40),
    examples: {
      positive: [`BUILDKITE_API_TOKEN=«bkua_${fake(HEX, 40, 'bk1')}»`, `curl -H "Authorization: Bearer «bkua_${fake(HEX, 40, 'bk2')}»" https://api.buildkite.com/v2/user`],
      negative: [`BUILDKITE_API_TOKEN=bkua_${fake(HEX, 16, 'short')}`],
    },
    guide: {
      grants: 'Calls the Buildkite REST/GraphQL API as the user within the token\'s scopes and organisations: read builds and logs, create builds, change pipelines.',
      revoke: 'Buildkite → Personal settings → API access tokens → the token → Revoke.',
      url: 'https://buildkite.com/user/api-access-tokens',
      store: ciStore,
    },
  },
  {
    id: 'buildkite.cluster-agent-token',
    title: 'Buildkite cluster agent token',
    kind: 'specific',
    keywords: ['bkct_'],
    // Length unverified: accept a range.
    pattern: prefixedToken('bkct_', B62, [40, 80]),
    examples: {
      positive: [`BUILDKITE_AGENT_TOKEN=«bkct_${fake(B62, 60, 'bkc')}»`, `token="«bkct_${fake(B62, 56, 'bkc2')}»"`],
      negative: [`BUILDKITE_AGENT_TOKEN=bkct_${fake(B62, 20, 'short')}`],
    },
    guide: {
      grants: 'Registers agents in the Buildkite cluster, which then receive jobs with their source code and secrets.',
      revoke: 'Buildkite → Agents → the cluster → Agent tokens → Revoke, then roll the new token out to the agents.',
      url: 'https://buildkite.com/docs/agent/v3/tokens',
      store: 'Keep it in the agent host\'s secret store or configuration management (not in pipeline.yml).',
    },
  },
  {
    id: 'buildkite.agent-token',
    title: 'Buildkite agent token (un-prefixed)',
    kind: 'specific',
    keywords: ['buildkite'],
    keywordScope: 'line',
    pattern: assignment([providerName('buildkite', ['agent_token', 'agenttoken', 'agent-token'])], '[A-Za-z0-9]{40,64}'),
    post: [isNotMixed],
    minEntropy: 3.3,
    examples: {
      positive: [`BUILDKITE_AGENT_TOKEN=«${fake(HEX, 50, 'bka')}»`, `buildkite-agent-token: "«${fake(B62, 50, 'bka2')}»"`],
      negative: ['BUILDKITE_AGENT_TOKEN=${BUILDKITE_AGENT_TOKEN}', `BUILDKITE_BUILD_ID=${fake(HEX, 50, 'id')}`],
    },
    guide: {
      grants: 'Registers agents for the organisation, which then receive jobs with their source code and secrets.',
      revoke: 'Buildkite → Agents → Agent tokens (or the cluster\'s tokens) → Revoke and create a new one.',
      url: 'https://buildkite.com/docs/agent/v3/tokens',
      store: 'Keep it in the agent host\'s secret store or configuration management.',
    },
  },
  {
    id: 'drone.token',
    title: 'Drone CI personal token',
    kind: 'specific',
    keywords: ['drone'],
    keywordScope: 'line',
    pattern: assignment([providerName('drone', ['token'])], '[A-Za-z0-9]{32}'),
    post: [isNotMixed],
    minEntropy: 3.5,
    examples: {
      positive: [`DRONE_TOKEN=«${fake(B62, 32, 'dr1')}»`, `export DRONE_SERVER=https://drone.example.com DRONE_TOKEN="«${fake(B62, 32, 'dr2')}»"`],
      negative: [`DRONE_COMMIT_SHA=${fake(HEX, 40, 'sha')}`, 'DRONE_TOKEN=${DRONE_TOKEN}'],
    },
    guide: {
      grants: 'Acts as the Drone user: read and change repository settings and secrets, trigger and promote builds; an admin token manages the whole server.',
      revoke: 'Drone → User settings (Account) → the token → regenerate (the old token stops working).',
      store: ciStore,
    },
  },
  {
    id: 'jenkins.api-token',
    title: 'Jenkins user API token',
    kind: 'specific',
    keywords: ['jenkins'],
    keywordScope: 'line',
    // 32 hex (legacy) or `11` + 32 hex; in a Jenkins-named variable, a user:token URL or `-u user:token`.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,30}${providerName('jenkins', ['token', 'api_key', 'apikey', 'key', 'password', 'pass', 'secret'])}[A-Za-z0-9_.-]{0,20})["'\`]?[ \\t]{0,8}(?::=|=>|=|:|[ \\t])[ \\t]{0,8}["'\`]?` +
        `|https?://[^:/\\s@]{1,64}:|(?:-u|--user)[ \\t]{1,8}["']?[^:\\s"']{1,64}:)(?<secret>(?:11)?[0-9a-f]{32})(?![A-Za-z0-9_+/=-])`,
    ),
    minEntropy: 3.0,
    examples: {
      positive: [
        `JENKINS_API_TOKEN=«11${fake(HEX, 32, 'jk1')}»`,
        `curl -u admin:«${fake(HEX, 32, 'jk2')}» https://jenkins.example.com/job/deploy/build`,
        `git clone https://ci-bot:«11${fake(HEX, 32, 'jk3')}»@jenkins.example.com/scm/repo.git`,
      ],
      negative: [`Jenkins-Crumb: ${fake(HEX, 64, 'crumb')}`, 'JENKINS_API_TOKEN=${JENKINS_TOKEN}', `JENKINS_BUILD_NUMBER=${fake(HEX, 32, 'nope')}`],
    },
    guide: {
      grants: 'Acts as the Jenkins user through the API and CLI: trigger and configure jobs, read build logs, and for administrators run Groovy scripts (remote code execution) and read stored credentials.',
      revoke: 'Jenkins → the user (top right) → Security (or Configure) → API Token → Revoke.',
      store: ciStore,
    },
  },
  // ---- Harness, Octopus, Semaphore ----
  {
    id: 'harness.api-key',
    title: 'Harness personal access token / service account token',
    kind: 'specific',
    keywords: ['pat.', 'sat.'],
    // `pat.` or `sat.` + account id (22) + `.` + token id (24) + `.` + secret (20).
    pattern: /(?<![A-Za-z0-9_.])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
    examples: {
      positive: [`HARNESS_API_KEY=«pat.${fake(B64URL, 22, 'h1')}.${fake(B62, 24, 'h2')}.${fake(B62, 20, 'h3')}»`, `x-api-key: «sat.${fake(B64URL, 22, 'h4')}.${fake(B62, 24, 'h5')}.${fake(B62, 20, 'h6')}»`],
      negative: [`HARNESS_API_KEY=pat.${fake(B64URL, 22, 'h1')}.${fake(B62, 24, 'h2')}`, 'see pat.md for details'],
    },
    guide: {
      grants: 'Calls the Harness API as the user or service account: run and edit pipelines, read connectors and secrets references, change deployments.',
      revoke: 'Harness → My profile → My API keys → the key → delete the token (service accounts: Account settings → Access control → Service accounts).',
      url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
      store: ciStore,
    },
  },
  {
    id: 'octopus.api-key',
    title: 'Octopus Deploy API key',
    kind: 'specific',
    // `API-` alone is too common: only on lines that name Octopus.
    keywords: ['octopus'],
    keywordScope: 'line',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26,32})(?![A-Za-z0-9])/,
    post: [isNotMixed],
    examples: {
      positive: [`OCTOPUS_API_KEY=«API-${fake(UPPER_DIGITS, 26, 'oct1')}»`, `octo push --package app.zip --server https://octopus.example.com --apiKey «API-${fake(UPPER_DIGITS, 30, 'oct2')}»`],
      negative: [`OCTOPUS_API_KEY=API-${fake(UPPER_DIGITS, 10, 'short')}`, 'Octopus docs: API-KEYSAREGENERATEDPERUSERPROFILE'],
    },
    guide: {
      grants: 'Acts as the Octopus user: create releases and deploy to the environments the user may deploy to, read and change variables (including sensitive ones through deployments).',
      revoke: 'Octopus → your profile → My API keys → Revoke.',
      url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
      store: ciStore,
    },
  },
  {
    id: 'semaphore.api-token',
    title: 'Semaphore CI API token',
    kind: 'specific',
    keywords: ['semaphore'],
    keywordScope: 'line',
    pattern: assignment([providerName('semaphore', ['token'])], '[a-z0-9]{20,32}'),
    post: [isNotMixed],
    minEntropy: 3.3,
    examples: {
      positive: [`SEMAPHORE_API_TOKEN=«${fake(LOWER_DIGITS, 24, 'sem1')}»`, `semaphore_token: "«${fake(LOWER_DIGITS, 32, 'sem2')}»"`],
      negative: ['SEMAPHORE_API_TOKEN=${SEMAPHORE_API_TOKEN}', `SEMAPHORE_GIT_SHA=${fake(HEX, 40, 'sha')}`],
    },
    guide: {
      grants: 'Acts as the Semaphore user through the API and CLI: run and stop workflows, read logs, and change projects and secrets.',
      revoke: 'Semaphore → Profile settings → API token → Regenerate.',
      url: 'https://docs.semaphoreci.com/reference/api',
      store: ciStore,
    },
  },
  // ---- Code quality and security services ----
  {
    id: 'codecov.token',
    title: 'Codecov upload / access token',
    kind: 'specific',
    keywords: ['codecov'],
    keywordScope: 'line',
    pattern: assignment([providerName('codecov', ['token'])], UUID),
    examples: {
      positive: [`CODECOV_TOKEN=«${fakeUuid('cov1')}»`, `      - uses: codecov/codecov-action@v4\n        with:\n          codecov_token: «${fakeUuid('cov2')}»`],
      negative: ['CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', `CODECOV_REPO_ID=${fakeUuid('id')}`],
    },
    guide: {
      grants: 'Uploads coverage reports for the repository (global tokens: every repository of the organisation) and, for API tokens, reads coverage data of private repositories.',
      revoke: 'Codecov → the repository → Configuration → General → Regenerate the upload token (organisation tokens: organisation settings).',
      url: 'https://docs.codecov.com/docs/codecov-tokens',
      store: ciStore,
    },
  },
  {
    id: 'codeclimate.reporter-id',
    title: 'Code Climate test reporter ID',
    kind: 'specific',
    keywords: ['cc_test_reporter_id', 'codeclimate'],
    keywordScope: 'line',
    pattern: assignment([ci('cc_test_reporter_id'), providerName('codeclimate', ['id', 'token', 'key'])], `[${HEX.re}]{64}`),
    minEntropy: 3.0,
    examples: {
      positive: [`CC_TEST_REPORTER_ID=«${fake(HEX, 64, 'cc')}»`],
      negative: ['CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}', `CC_TEST_REPORTER_ID=${fake(HEX, 32, 'short')}`],
    },
    guide: {
      grants: 'Uploads test coverage for the repository to Code Climate (low impact: can forge coverage results).',
      revoke: 'Code Climate → the repository → Repo settings → Test coverage → Regenerate the reporter ID.',
      store: ciStore,
    },
  },
  {
    id: 'coveralls.repo-token',
    title: 'Coveralls repo token',
    kind: 'specific',
    keywords: ['coveralls', 'repo_token'],
    keywordScope: 'line',
    pattern: assignment([providerName('coveralls', ['token']), ci('repo_token')], '[A-Za-z0-9]{32,37}'),
    post: [
      isNotMixed,
      // A bare `repo_token` is Coveralls' only in .coveralls.yml or next to a Coveralls mention.
      ({ groups, text, path }) =>
        /coveralls/i.test(groups.name ?? '') || /\.coveralls\.ya?ml$/i.test(path ?? '') || /coveralls/i.test(text.slice(0, 4096)) ? undefined : 'repo_token without Coveralls context',
    ],
    minEntropy: 3.5,
    examples: {
      positive: [`COVERALLS_REPO_TOKEN=«${fake(B62, 32, 'cv1')}»`, { text: `service_name: github-actions\nrepo_token: «${fake(B62, 35, 'cv2')}»`, path: '.coveralls.yml' }],
      negative: [`repo_token: ${fake(B62, 32, 'cv3')}`, 'COVERALLS_REPO_TOKEN=${{ secrets.COVERALLS_REPO_TOKEN }}'],
    },
    guide: {
      grants: 'Posts coverage results for the repository to Coveralls (low impact: can forge coverage and status checks).',
      revoke: 'Coveralls → the repository → Settings → Regenerate repo token.',
      url: 'https://docs.coveralls.io/api-introduction',
      store: ciStore,
    },
  },
  {
    id: 'snyk.api-token',
    title: 'Snyk API token',
    kind: 'specific',
    keywords: ['snyk'],
    keywordScope: 'line',
    pattern: assignment([providerName('snyk', ['token', 'key', 'auth'])], UUID),
    examples: {
      positive: [`SNYK_TOKEN=«${fakeUuid('snyk1')}»`, `    env:\n      SNYK_TOKEN: «${fakeUuid('snyk2')}»`],
      negative: [`SNYK_ORG_ID=${fakeUuid('org')}`, 'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}', 'SNYK_TOKEN=00000000-0000-0000-0000-000000000000'],
    },
    guide: {
      grants: 'Acts as the Snyk user or service account through the API and CLI: read vulnerability reports of every project in the user\'s organisations (a map of exploitable weaknesses), import and change projects.',
      revoke: 'Snyk → Account settings → Auth token → Revoke & regenerate (service accounts: Organization settings → Service accounts).',
      url: 'https://app.snyk.io/account',
      store: ciStore,
    },
  },
  {
    id: 'sonarqube.token',
    title: 'SonarQube / SonarCloud token',
    kind: 'specific',
    // squ_ user, sqp_ project analysis, sqa_ global analysis tokens.
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: prefixedToken(['squ_', 'sqp_', 'sqa_'], HEX, 40),
    examples: {
      positive: [`SONAR_TOKEN=«squ_${fake(HEX, 40, 'sq1')}»`, `mvn sonar:sonar -Dsonar.token=«sqp_${fake(HEX, 40, 'sq2')}»`, `sonar.login=«sqa_${fake(HEX, 40, 'sq3')}»`],
      negative: [`SONAR_TOKEN=squ_${fake(HEX, 20, 'short')}`, 'SONAR_TOKEN=squ_<token>'],
    },
    guide: {
      grants: 'Runs analyses and reads results as the user or project (user tokens carry all the user\'s permissions, including browsing source code of private projects).',
      revoke: 'SonarQube/SonarCloud → My Account → Security → Revoke the token (administrators: Administration → Security → Users → Tokens).',
      url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
      store: ciStore,
    },
  },
  {
    id: 'sonarqube.legacy-token',
    title: 'SonarQube / SonarCloud token (legacy, 40 hex)',
    kind: 'specific',
    keywords: ['sonar'],
    keywordScope: 'line',
    pattern: assignment([providerName('sonar', ['token', 'login', 'password'])], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    examples: {
      positive: [`SONAR_TOKEN=«${fake(HEX, 40, 'sql1')}»`, `sonar.login=«${fake(HEX, 40, 'sql2')}»`],
      negative: [`sonar.scm.revision=${fake(HEX, 40, 'sha')}`, 'SONAR_TOKEN=${SONAR_TOKEN}'],
    },
    guide: {
      grants: 'Runs analyses and reads results as the user, including source code of private projects.',
      revoke: 'SonarQube/SonarCloud → My Account → Security → Revoke the token.',
      url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
      store: ciStore,
    },
  },
  // ---- Developer tooling in §2 ----
  {
    id: 'postman.api-key',
    title: 'Postman API key',
    kind: 'specific',
    keywords: ['PMAK-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![A-Za-z0-9])/,
    examples: {
      positive: [`POSTMAN_API_KEY=«PMAK-${fake(HEX, 24, 'pm1')}-${fake(HEX, 34, 'pm2')}»`, `curl -H "X-Api-Key: «PMAK-${fake(HEX, 24, 'pm3')}-${fake(HEX, 34, 'pm4')}»" https://api.getpostman.com/collections`],
      negative: [`POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 'pm1')}`, `POSTMAN_API_KEY=PMAK-${'x'.repeat(24)}-${'x'.repeat(34)}`],
    },
    guide: {
      grants: 'Acts as the Postman user: read and change collections, environments (which often hold other API keys), monitors and workspaces.',
      revoke: 'Postman → Settings → API keys → Revoke; Postman revokes keys found in public workspaces automatically.',
      url: 'https://go.postman.co/settings/me/api-keys',
      store: 'Keep it in the CI secret store; keep secrets in Postman vault or secret-typed environment variables, not in exported collections.',
    },
  },
  {
    id: 'launchdarkly.sdk-key',
    title: 'LaunchDarkly server-side SDK key',
    kind: 'specific',
    // Mobile keys (`mob-`) and client-side IDs are not secret.
    keywords: ['sdk-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sdk-${UUID})(?![A-Za-z0-9-])`),
    examples: {
      positive: [`LAUNCHDARKLY_SDK_KEY=«sdk-${fakeUuid('ld1')}»`, `ldclient.set_config(Config("«sdk-${fakeUuid('ld2')}»"))`],
      negative: [`LAUNCHDARKLY_MOBILE_KEY=mob-${fakeUuid('ld3')}`, `LAUNCHDARKLY_CLIENT_SIDE_ID=${fake(HEX, 24, 'ld4')}`],
    },
    guide: {
      grants: 'Reads every feature flag and segment of the environment, including targeting rules with user data; cannot change flags.',
      revoke: 'LaunchDarkly → Project settings → Environments → the environment → Reset the SDK key (optionally with an expiry for the old one).',
      url: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
      store: 'Keep it in the server\'s secret store or environment; it must never reach browsers or mobile apps.',
    },
  },
  {
    id: 'launchdarkly.api-token',
    title: 'LaunchDarkly API access token',
    kind: 'specific',
    // `api-` + UUID is only LaunchDarkly's with LaunchDarkly named on the line.
    keywords: ['launchdarkly', 'ld_api', 'ld_access'],
    keywordScope: 'line',
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>api-${UUID})(?![A-Za-z0-9-])`),
    examples: {
      positive: [`LAUNCHDARKLY_ACCESS_TOKEN=«api-${fakeUuid('lda1')}»`, `LD_API_TOKEN="«api-${fakeUuid('lda2')}»"`],
      negative: [`SERVICE_ID=api-${fakeUuid('svc')}`, 'LAUNCHDARKLY_ACCESS_TOKEN=api-<token>'],
    },
    guide: {
      grants: 'Calls the LaunchDarkly REST API with the token\'s role: read or change flags, targeting and environments (a writer token can switch features on in production).',
      revoke: 'LaunchDarkly → Organization settings → Authorization → Access tokens → Delete (or Reset).',
      url: 'https://app.launchdarkly.com/settings/authorization',
      store: ciStore,
    },
  },
  {
    id: 'readme.api-key',
    title: 'ReadMe API key',
    kind: 'specific',
    keywords: ['rdme_'],
    pattern: prefixedToken('rdme_', LOWER_DIGITS, 70),
    examples: {
      positive: [`README_API_KEY=«rdme_${fake(LOWER_DIGITS, 70, 'rd1')}»`, `npx rdme openapi --key=«rdme_${fake(LOWER_DIGITS, 70, 'rd2')}»`],
      negative: [`README_API_KEY=rdme_${fake(LOWER_DIGITS, 20, 'short')}`],
    },
    guide: {
      grants: 'Changes the ReadMe developer hub of the project: API definitions, docs, changelogs and, with metrics access, API request logs.',
      revoke: 'ReadMe dashboard → project → API Keys → Revoke.',
      url: 'https://docs.readme.com/main/reference/intro/authentication',
      store: ciStore,
    },
  },
  {
    id: 'prefect.api-key',
    title: 'Prefect Cloud API key',
    kind: 'specific',
    // `pnu_` user keys; `pnb_` service-account (bot) keys (unverified).
    keywords: ['pnu_', 'pnb_'],
    pattern: prefixedToken(['pnu_', 'pnb_'], B62, 36),
    examples: {
      positive: [`PREFECT_API_KEY=«pnu_${fake(B62, 36, 'pf1')}»`, `prefect cloud login --key «pnb_${fake(B62, 36, 'pf2')}»`],
      negative: [`PREFECT_API_KEY=pnu_${fake(B62, 12, 'short')}`, 'PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    guide: {
      grants: 'Acts as the Prefect Cloud user or service account: run and change flows and deployments, read blocks (which store credentials) in its workspaces.',
      revoke: 'Prefect Cloud → profile → API keys → Delete (service accounts: Account settings → Service accounts → rotate key).',
      url: 'https://app.prefect.cloud/my/api-keys',
      store: ciStore,
    },
  },
];
