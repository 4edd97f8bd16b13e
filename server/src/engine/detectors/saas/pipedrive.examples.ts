/** Examples of the pipedrive detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pipedrive.api-token': {
    positive: [
      `PIPEDRIVE_API_TOKEN=«${fake(HEX, 40, 'pd')}»`,
      `const client = new Pipedrive.ApiClient({ pipedriveApiToken: '«${fake(HEX, 40, 'pd2')}»' });`,
    ],
    negative: [`PIPEDRIVE_COMPANY_DOMAIN=${fake(HEX, 40, 'dom')}`, `commit_sha = "${fake(HEX, 40, 'sha')}"`],
  },
};
