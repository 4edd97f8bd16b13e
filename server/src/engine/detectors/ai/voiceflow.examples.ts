/** Examples of the voiceflow detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'voiceflow.api-key': {
    positive: [
      `VOICEFLOW_API_KEY=«VF.DM.${fake(HEX, 24, 'vf1')}.${fake(B62, 16, 'vf1')}»`,
      `headers: { Authorization: '«VF.${fake(HEX, 24, 'vf2')}.${fake(B62, 16, 'vf2')}»' }`,
      `workspace_key: «VF.WS.${fake(HEX, 24, 'vf3')}.${fake(B62, 16, 'vf3')}»`,
    ],
    negative: [
      'VOICEFLOW_API_KEY=VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx',
      `VOICEFLOW_PROJECT_ID=${fake(HEX, 24, 'vfp')}`,
      `VOICEFLOW_API_KEY=VF.DM.${fake(HEX, 24, 'vf4')}.${fake(B62, 8, 'short')}`,
    ],
  },
};
