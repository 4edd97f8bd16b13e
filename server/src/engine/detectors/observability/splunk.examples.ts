/** Examples of the splunk detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'splunk.hec-token': {
    positive: [
      `curl -k https://splunk:8088/services/collector -H "Authorization: Splunk «${fakeUuid('hec1')}»"`,
      `SPLUNK_HEC_TOKEN=«${fakeUuid('hec2')}»`,
    ],
    negative: ['Authorization: Splunk ${SPLUNK_HEC_TOKEN}', `splunk_index_id: ${fakeUuid('idx')}`],
  },
  'splunk.observability-token': {
    positive: [
      `SIGNALFX_API_KEY=«${fake(B62, 22, 'sfx')}»`,
      `-H "X-SF-Token: «${fake(B64URL, 22, 'sfx2')}»"`,
      `SPLUNK_ACCESS_TOKEN=«${fake(B62, 22, 'sfx3')}»`,
    ],
    negative: ['SIGNALFX_API_KEY=${SIGNALFX_API_KEY}', 'SIGNALFX_REALM=us1'],
  },
};
