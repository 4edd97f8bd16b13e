/** Examples of the Langfuse detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'langfuse.secret-key': {
    positive: [`LANGFUSE_SECRET_KEY=«sk-lf-${fakeUuid('lf')}»`],
    negative: [`LANGFUSE_PUBLIC_KEY=pk-lf-${fakeUuid('lfp')}`],
  },
};
