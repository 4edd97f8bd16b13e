/** Examples of the stackhawk detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

const key = (salt: string) => `hawk.${fake(B64URL, 20, `${salt}-id`)}.${fake(B64URL, 20, salt)}`;

export const examples: ExampleTable = {
  'stackhawk.api-key': {
    positive: [`HAWK_API_KEY=«${key('sh1')}»`, `env:\n  API_KEY: "«${key('sh2')}»"`, `hawk init --api-key '«${key('sh3')}»'`],
    negative: [
      // a host name, not a key: the parts are not 20 characters
      'url: https://hawk.example.stackhawk.com/app',
      `HAWK_API_KEY=hawk.${fake(B64URL, 12, 'short')}.${fake(B64URL, 20, 'x')}`,
      'HAWK_API_KEY=hawk.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
