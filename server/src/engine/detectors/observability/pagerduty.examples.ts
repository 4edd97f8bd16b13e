/** Examples of the pagerduty detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pagerduty.api-key': {
    positive: [
      `curl -H "Authorization: Token token=«${fake(B64URL, 20, 'pd1')}»" https://api.pagerduty.com/incidents`,
      `PAGERDUTY_API_TOKEN=«u+${fake(B64URL, 18, 'pd2')}»`,
    ],
    negative: ['PAGERDUTY_SERVICE_ID=PXXXXXX', 'Authorization: Token token=${PD_TOKEN}'],
  },
  'pagerduty.integration-key': {
    positive: [
      `// PagerDuty Events API v2 integration\nstatic ROUTING_KEY: &str = "«${fake(alphabet('a-z0-9'), 32, 'pdr')}»";`,
      `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - service_key: «${fake(HEX, 32, 'pds')}»`,
    ],
    negative: [`routing_key: "${fake(alphabet('a-z0-9'), 32, 'amqp')}"`, `# PagerDuty\nrouting_key: "\${PAGERDUTY_ROUTING_KEY}"`],
  },
};
