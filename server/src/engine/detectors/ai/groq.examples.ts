/** Examples of the Groq detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'groq.api-key': {
    positive: [`GROQ_API_KEY=«gsk_${fake(B62, 52, 'groq')}»`, `client = Groq(api_key='«gsk_${fake(B62, 52, 'groq2')}»')`],
    negative: ['GROQ_API_KEY=gsk_...', `GROQ_API_KEY=gsk_${fake(B62, 30, 'short')}`],
  },
};
