/** Examples of the OVHcloud detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ovh.application-secret': {
    positive: [
      `OVH_APPLICATION_SECRET=«${fakeMixed(B62, 32, 'ovh')}»`,
      `provider "ovh" {\n  endpoint           = "ovh-eu"\n  application_key    = "${fakeMixed(B62, 16, 'ovh-ak')}"\n  application_secret = "«${fakeMixed(B62, 32, 'ovh2')}»"\n}`,
    ],
    negative: [`OVH_APPLICATION_KEY=${fakeMixed(B62, 16, 'ovh-ak2')}`, 'OVH_CONSUMER_KEY=your-consumer-key-goes-here-00000'],
  },
};
