/** Examples of the ngrok detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ngrok.authtoken': {
    positive: [
      `NGROK_AUTHTOKEN=«2${fake(B62, 26, 'ngrok')}_4${fake(B62, 20, 'ngrok2')}»`,
      `ngrok config add-authtoken «2${fake(B62, 26, 'ngrok3')}_7${fake(B62, 20, 'ngrok4')}»`,
      `version: "2"\nauthtoken: «2${fake(B62, 26, 'ngrok5')}_1${fake(B62, 20, 'ngrok6')}»`,
    ],
    negative: ['NGROK_AUTHTOKEN=${NGROK_AUTHTOKEN}', 'ngrok http 8080 --domain=my_app_1.ngrok.app'],
  },
};
