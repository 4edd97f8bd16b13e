/** Examples of the speechtextai detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'speechtextai.api-key': {
    positive: [
      `SPEECHTEXT_API_KEY=«${fake(HEX, 32, 'speechtextai1')}»`,
      `credentials:\n  speech_text_token: "«${fake(HEX, 32, 'speechtextai2')}»"`,
      `const speechTextSecret = '«${fake(HEX, 32, 'speechtextai3')}»';`,
    ],
    negative: [
      `SPEECHTEXT_ACCOUNT_ID=${fake(HEX, 32, 'speechtextai4')}`,
      `SPEECHTEXT_API_KEY=${fake(HEX, 32, 'speechtextai5')}${fake(B62, 6, 'tail')}`,
      `# SpeechText.AI settings\nAPI_KEY=${fake(HEX, 32, 'speechtextai6')}`,
      `SPEECHTEXT_API_KEY=00000000000000000000000000000000`,
    ],
  },
};
