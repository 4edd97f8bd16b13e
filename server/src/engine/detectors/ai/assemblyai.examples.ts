/** Examples of the AssemblyAI detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'assemblyai.api-key': {
    positive: [`ASSEMBLYAI_API_KEY=«${fake(HEX, 32, 'aai')}»`, `assemblyai.settings.api_key = "«${fake(HEX, 32, 'aai2')}»"`],
    negative: ['ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}', `ASSEMBLYAI_TRANSCRIPT_ID=${fakeUuid('t')}`],
  },
};
