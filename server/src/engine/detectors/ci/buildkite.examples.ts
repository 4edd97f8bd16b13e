/** Examples of the Buildkite detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'buildkite.api-token': {
    positive: [
      `BUILDKITE_API_TOKEN=«bkua_${fake(HEX, 40, 'bk1')}»`,
      `curl -H "Authorization: Bearer «bkua_${fake(HEX, 40, 'bk2')}»" https://api.buildkite.com/v2/user`,
    ],
    negative: [`BUILDKITE_API_TOKEN=bkua_${fake(HEX, 16, 'short')}`],
  },
  'buildkite.cluster-agent-token': {
    positive: [`BUILDKITE_AGENT_TOKEN=«bkct_${fake(B62, 60, 'bkc')}»`, `token="«bkct_${fake(B62, 56, 'bkc2')}»"`],
    negative: [`BUILDKITE_AGENT_TOKEN=bkct_${fake(B62, 20, 'short')}`],
  },
  'buildkite.agent-token': {
    positive: [`BUILDKITE_AGENT_TOKEN=«${fake(HEX, 50, 'bka')}»`, `buildkite-agent-token: "«${fake(B62, 50, 'bka2')}»"`],
    negative: ['BUILDKITE_AGENT_TOKEN=${BUILDKITE_AGENT_TOKEN}', `BUILDKITE_BUILD_ID=${fake(HEX, 50, 'id')}`],
  },
};
