/** Examples of the roboflow detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'roboflow.api-key': {
    positive: [
      `ROBOFLOW_API_KEY=«${fake(B62, 20, 'robofl1')}»`,
      `roboflow_api_key: «${fake(B62, 20, 'robofl2')}»`,
      `const roboflowApiKey = '«${fake(B62, 20, 'robofl3')}»';`,
    ],
    negative: [
      `ROBOFLOW_API_KEY=${fake(B62, 24, 'long')}`,
      'ROBOFLOW_API_KEY=your_roboflow_api_key',
      `API_KEY=${fake(B62, 20, 'robofln')}`,
      'ROBOFLOW_API_KEY=${ROBOFLOW_API_KEY}',
    ],
  },
};
