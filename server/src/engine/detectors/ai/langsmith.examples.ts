/** Examples of the LangSmith detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'langsmith.api-key': {
    positive: [
      `LANGCHAIN_API_KEY=«lsv2_pt_${fake(HEX, 32, 'ls1')}_${fake(HEX, 10, 'ls2')}»`,
      `LANGSMITH_API_KEY: "«lsv2_sk_${fake(HEX, 32, 'ls3')}_${fake(HEX, 10, 'ls4')}»"`,
    ],
    negative: ['LANGSMITH_API_KEY=lsv2_pt_...'],
  },
};
