/** Examples of the stitchdata detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stitchdata.api-key': {
    positive: [
      `STITCHDATA_API_KEY=«${fake(B62, 35, 'stitchdata1')}»`,
      `credentials:\n  stitch_data_token: "«${fake(B62, 35, 'stitchdata2')}»"`,
      `const stitchDataSecret = '«${fake(B62, 35, 'stitchdata3')}»';`,
    ],
    negative: [
      `STITCHDATA_ACCOUNT_ID=${fake(B62, 35, 'stitchdata4')}`,
      `STITCHDATA_API_KEY=${fake(B62, 35, 'stitchdata5')}${fake(B62, 6, 'tail')}`,
      `# Stitch settings\nAPI_KEY=${fake(B62, 35, 'stitchdata6')}`,
      `STITCHDATA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
