/** Examples of the NVIDIA (build.nvidia.com / NGC) detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nvidia.api-key': {
    positive: [
      `NVIDIA_API_KEY=«nvapi-${fake(B64URL, 64, 'nv')}»`,
      `docker login nvcr.io -u '$oauthtoken' -p «nvapi-${fake(B64URL, 64, 'nv2')}»`,
    ],
    negative: ['NGC_API_KEY=nvapi-...'],
  },
};
