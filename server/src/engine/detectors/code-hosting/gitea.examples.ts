/** Examples of the Gitea / Forgejo detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gitea.access-token': {
    positive: [`GITEA_TOKEN=«${fake(HEX, 40, 'gitea')}»`, `forgejo_access_token: "«${fake(HEX, 40, 'forgejo')}»"`],
    negative: [`GITEA_COMMIT=${fake(HEX, 40, 'sha')}`, `commit ${fake(HEX, 40, 'sha2')}`, `GITEA_TOKEN=${fake(HEX, 20, 'short')}`],
  },
};
