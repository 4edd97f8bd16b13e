/** Examples of the grafana detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'grafana.service-account-token': {
    positive: [
      `grafana_api_token: «glsa_${fake(B62, 32, 'glsa')}_${fake(HEX, 8, 'glsa-crc')}»`,
      `GRAFANA_TOKEN="«glsa_${fake(B62, 32, 'glsa2')}_${fake(HEX, 8, 'glsa2-crc')}»"`,
    ],
    negative: ['GRAFANA_TOKEN=glsa_...', `glsa_${fake(B62, 32, 'glsa3')}`],
  },
  'grafana.cloud-token': {
    positive: [
      `GRAFANA_CLOUD_TOKEN=«glc_${Buffer.from(JSON.stringify({ o: '1', n: 'stack-123-alloy', k: fake(B62, 24, 'glc'), m: { r: 'prod-eu-west-2' } })).toString('base64')}»`,
    ],
    negative: ['GRAFANA_CLOUD_TOKEN=glc_...'],
  },
  'grafana.legacy-api-key': {
    positive: [
      `Authorization: Bearer «${Buffer.from(JSON.stringify({ k: fake(B62, 32, 'gk'), n: 'ci-deploy', id: 1 })).toString('base64')}»`,
    ],
    negative: [`token: ${Buffer.from(JSON.stringify({ k: 1 })).toString('base64')}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`],
  },
};
