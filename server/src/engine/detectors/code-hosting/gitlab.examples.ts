/** Examples of the GitLab detectors (test data: never imported by the runtime). */
import { B62, B64URL, crc32, fake, HEX, type DetectorExamples, type ExampleTable } from '../kit/examples.js';

/** A routable-shaped fake: payload, version `01`, base36 payload length, base36 CRC32 (as specified). */
function fakeRoutableGitlabToken(prefix: string, salt = ''): string {
  const payload = fake(B64URL, 43, `routable|${prefix}|${salt}`);
  const length = payload.length.toString(36).padStart(2, '0');
  const crc = crc32(`${prefix}${payload}`).toString(36).padStart(7, '0');
  return `${prefix}${payload}.01.${length}${crc}`;
}

/** A prefixed token in env, YAML and routable form; negatives: a filler body, a short body, prose. */
function simpleToken(id: string, prefix: string, variable: string, fakeBody: (salt: string) => string): DetectorExamples {
  return {
    positive: [
      `${variable}=«${prefix}${fakeBody('a')}»`,
      `  ${variable.toLowerCase()}: "«${prefix}${fakeBody('b')}»"`,
      `${variable}=«${fakeRoutableGitlabToken(prefix, id)}»`,
    ],
    negative: [
      `${variable}=${prefix}${'x'.repeat(fakeBody('a').length)}`,
      `${variable}=${prefix}${fakeBody('a').slice(0, 10)}`,
      `Tokens of this kind start with ${prefix} followed by random characters.`,
    ],
  };
}

const b64url = (n: number) => (salt: string) => fake(B64URL, n, salt);

export const examples: ExampleTable = {
  'gitlab.pat': {
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
  'gitlab.pat-routable': {
    positive: [`GITLAB_TOKEN=«${fakeRoutableGitlabToken('glpat-', 'r1')}»`, `{"token": "«${fakeRoutableGitlabToken('glpat-', 'r2')}»"}`],
    negative: [`GITLAB_TOKEN=glpat-${'x'.repeat(43)}.01.0v1234567`, `GITLAB_TOKEN=glpat-${fake(B64URL, 20, 'classic')}`],
  },
  'gitlab.deploy-token': simpleToken('gitlab.deploy-token', 'gldt-', 'GITLAB_DEPLOY_TOKEN', b64url(20)),
  'gitlab.runner-authentication-token': simpleToken('gitlab.runner-authentication-token', 'glrt-', 'RUNNER_TOKEN', b64url(20)),
  'gitlab.runner-registration-token': simpleToken('gitlab.runner-registration-token', 'GR1348941', 'REGISTRATION_TOKEN', b64url(20)),
  'gitlab.pipeline-trigger-token': simpleToken('gitlab.pipeline-trigger-token', 'glptt-', 'TRIGGER_TOKEN', (salt) => fake(HEX, 40, salt)),
  'gitlab.ci-job-token': simpleToken(
    'gitlab.ci-job-token',
    'glcbt-',
    'CI_JOB_TOKEN',
    (salt) => `${fake(B62, 2, `${salt}p`)}_${fake(B64URL, 20, salt)}`,
  ),
  'gitlab.feed-token': simpleToken('gitlab.feed-token', 'glft-', 'GITLAB_FEED_TOKEN', b64url(20)),
  'gitlab.incoming-mail-token': simpleToken('gitlab.incoming-mail-token', 'glimt-', 'GITLAB_INCOMING_EMAIL_TOKEN', b64url(25)),
  'gitlab.agent-token': simpleToken('gitlab.agent-token', 'glagent-', 'AGENT_TOKEN', b64url(50)),
  'gitlab.oauth-application-secret': simpleToken('gitlab.oauth-application-secret', 'gloas-', 'GITLAB_OAUTH_SECRET', b64url(64)),
  'gitlab.scim-token': simpleToken('gitlab.scim-token', 'glsoat-', 'GITLAB_SCIM_TOKEN', b64url(20)),
  'gitlab.feature-flag-client-token': simpleToken('gitlab.feature-flag-client-token', 'glffct-', 'UNLEASH_API_TOKEN', b64url(20)),
  'gitlab.other-token': {
    positive: [`RUNNER_TOKEN=«glrtr-${fake(B64URL, 20, 'glrtr')}»`, `token: «glwt-${fake(B64URL, 24, 'glwt')}»`],
    negative: ['RUNNER_TOKEN=glrtr-xxxxxxxxxxxxxxxxxxxx', `token: glwt-${fake(B64URL, 8, 'short')}`],
  },
  'gitlab.session-cookie': {
    positive: [
      `Cookie: _gitlab_session=«${fake(HEX, 32, 'sess')}»; event_filter=all`,
      `{"_gitlab_session": "«${fake(HEX, 32, 'sess2')}»"}`,
    ],
    negative: [`Cookie: _gitlab_session=${'0'.repeat(32)}`, `Cookie: _gitlab_session=${fake(HEX, 16, 'short')}`],
  },
  'gitlab.legacy-token': {
    positive: [
      `GITLAB_TOKEN=«${fake(B62, 20, 'legacy1')}»`,
      `curl -H "PRIVATE-TOKEN: «${fake(B64URL, 20, 'legacy2')}»" https://gitlab.example.com/api/v4/user`,
    ],
    negative: [
      `GITLAB_TOKEN=${'a1'.repeat(10)}`,
      `GITLAB_PROJECT_ID=${fake(B62, 20, 'id')}`,
      'GITLAB_TOKEN=$CI_JOB_TOKEN_VALUE_FROM_VAULT',
    ],
  },
};
