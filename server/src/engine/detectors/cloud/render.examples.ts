/** Examples of the Render detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'render.api-key': {
    positive: [
      `RENDER_API_KEY=«rnd_${fakeMixed(B62, 32, 'rnd')}»`,
      `provider "render" {\n  api_key = "«rnd_${fakeMixed(B62, 32, 'rnd2')}»"\n}`,
    ],
    negative: [`rnd_${'x'.repeat(32)}`, `const rnd_seed = 42`],
  },
};
