/** Examples of the wakatime detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wakatime.api-key': {
    positive: [`[settings]\napi_key = «waka_${fakeUuid('wk1')}»`, `WAKATIME_API_KEY="«waka_${fakeUuid('wk2')}»"`],
    negative: [
      'wakapi.total("waka_*****", False)',
      'WAKATIME_API_KEY=waka_00000000-0000-0000-0000-000000000000',
      'api_key = waka_<your key>',
    ],
  },
};
