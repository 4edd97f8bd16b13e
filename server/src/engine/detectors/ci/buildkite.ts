/** Buildkite tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import {
  assignment,
  B62,
  ci,
  defineDetector,
  HEX,
  lacksLetterAndDigit,
  prefixedToken,
  providerKindName,
  STORE_IN_CI_SECRETS,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'buildkite.api-token',
    title: 'Buildkite user API access token',
    keywords: ['bkua_'],
    scope: 'document',
    pattern: () => prefixedToken('bkua_', HEX, 40),
    guide: {
      grants:
        "Calls the Buildkite REST/GraphQL API as the user within the token's scopes and organisations: read builds and logs, create builds, change pipelines.",
      revoke: 'Buildkite → Personal settings → API access tokens → the token → Revoke.',
      url: 'https://buildkite.com/user/api-access-tokens',
      store: STORE_IN_CI_SECRETS,
    },
  }),
  defineDetector({
    id: 'buildkite.cluster-agent-token',
    title: 'Buildkite cluster agent token',
    keywords: ['bkct_'],
    scope: 'document',
    // Length unverified: accept a range.
    pattern: () => prefixedToken('bkct_', B62, [40, 80]),
    guide: {
      grants: 'Registers agents in the Buildkite cluster, which then receive jobs with their source code and secrets.',
      revoke: 'Buildkite → Agents → the cluster → Agent tokens → Revoke, then roll the new token out to the agents.',
      url: 'https://buildkite.com/docs/agent/v3/tokens',
      store: "Keep it in the agent host's secret store or configuration management (not in pipeline.yml).",
    },
  }),
  defineDetector({
    id: 'buildkite.agent-token',
    title: 'Buildkite agent token (un-prefixed)',
    keywords: ['buildkite'],
    pattern: () =>
      assignment([providerKindName([ci('buildkite')], ['agent_token', 'agenttoken', 'agent-token'], { gap: 24 })], '[A-Za-z0-9]{40,64}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.3,
    guide: {
      grants: 'Registers agents for the organisation, which then receive jobs with their source code and secrets.',
      revoke: "Buildkite → Agents → Agent tokens (or the cluster's tokens) → Revoke and create a new one.",
      url: 'https://buildkite.com/docs/agent/v3/tokens',
      store: "Keep it in the agent host's secret store or configuration management.",
    },
  }),
];
