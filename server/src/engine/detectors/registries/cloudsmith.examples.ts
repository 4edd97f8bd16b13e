/** Examples of the Cloudsmith detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cloudsmith.api-key': {
    positive: [`CLOUDSMITH_API_KEY=«${fake(HEX, 40, 'cs1')}»`, `cloudsmith_token: "«${fake(HEX, 40, 'cs2')}»"`],
    negative: [`CLOUDSMITH_REPO_SHA=${fake(HEX, 40, 'sha')}`, `CLOUDSMITH_API_KEY=${fake(HEX, 16, 'short')}`],
  },
};
