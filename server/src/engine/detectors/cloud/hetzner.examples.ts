/** Examples of the Hetzner Cloud detectors (test data: never imported by the runtime). */
import { B62, fake, fakeMixed, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'hetzner.cloud-token': {
    positive: [`HCLOUD_TOKEN=«${fakeMixed(B62, 64, 'hcloud')}»`, `provider "hcloud" {\n  token = "«${fakeMixed(B62, 64, 'hcloud2')}»"\n}`],
    negative: ['HCLOUD_TOKEN=${HCLOUD_TOKEN}', `hetzner_image_digest = "${fake(HEX, 64, 'digest')}"`],
  },
};
