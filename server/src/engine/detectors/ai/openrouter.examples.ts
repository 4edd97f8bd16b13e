/** Examples of the OpenRouter detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openrouter.api-key': {
    positive: [
      `OPENROUTER_API_KEY=«sk-or-v1-${fake(HEX, 64, 'or')}»`,
      `headers={"Authorization": "Bearer «sk-or-v1-${fake(HEX, 64, 'or2')}»"}`,
    ],
    negative: ['OPENROUTER_API_KEY=sk-or-v1-...', `sk-or-v1-${fake(HEX, 20, 'short')}`],
  },
};
