/** Examples of the Akamai (Linode) detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'linode.pat': {
    positive: [`LINODE_TOKEN=«${fake(HEX, 64, 'linode')}»`, `provider "linode" {\n  token = "«${fake(HEX, 64, 'linode2')}»"\n}`],
    negative: [`LINODE_TOKEN=${'0'.repeat(64)}`, `linode_image_sha256 = "${fake(HEX, 40, 'sha')}"`],
  },
};
