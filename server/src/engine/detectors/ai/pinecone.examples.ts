/** Examples of the Pinecone detectors (test data: never imported by the runtime). */
import { B62, fake, fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pinecone.api-key': {
    positive: [`PINECONE_API_KEY=«pcsk_${fake(B62, 6, 'pc1')}_${fake(B62, 63, 'pc2')}»`],
    negative: ['PINECONE_API_KEY=pcsk_...'],
  },
  'pinecone.legacy-api-key': {
    positive: [`PINECONE_API_KEY=«${fakeUuid('pine')}»`],
    negative: ['PINECONE_API_KEY=${PINECONE_API_KEY}', `PINECONE_INDEX_ID=${fakeUuid('idx')}`],
  },
};
