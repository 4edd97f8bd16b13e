/** Examples of the datadog detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'datadog.api-key': {
    positive: [
      `DD_API_KEY=«${fake(HEX, 32, 'dd1')}»`,
      `datadog_api_key: "«${fake(HEX, 32, 'dd2')}»"`,
      `config :spandex_datadog, :api_key, "«${fake(HEX, 32, 'dd3')}»"`,
      `curl -H "DD-API-KEY: «${fake(HEX, 32, 'dd4')}»" https://api.datadoghq.com/api/v1/validate`,
    ],
    negative: [
      `DD_CLIENT_TOKEN=pub${fake(HEX, 32, 'rum')}`,
      'DATADOG_API_KEY=${DD_API_KEY}',
      `DATADOG_APP_KEY=${fake(HEX, 40, 'app')}`,
      `ADD_API_KEY=${fake(HEX, 32, 'add')}`,
    ],
  },
  'datadog.app-key': {
    positive: [
      `DD_APP_KEY=«${fake(HEX, 40, 'ddapp1')}»`,
      `headers = {"DD-APPLICATION-KEY": "«${fake(HEX, 40, 'ddapp2')}»"}`,
      `DATADOG_APPLICATION_KEY: «${fake(HEX, 40, 'ddapp3')}»`,
    ],
    negative: [`DD_GIT_COMMIT_SHA=${fake(HEX, 40, 'sha')}`, `DD_API_KEY=${fake(HEX, 40, 'x')}`],
  },
};
