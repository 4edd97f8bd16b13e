/** Examples of the algolia detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'algolia.admin-key': {
    positive: [
      `import 'package:algolia_client_search/algolia_client_search.dart';\nconst _adminKey = '«${fake(HEX, 32, 'alg1')}»';`,
      `ALGOLIA_APP_ID=${fake(UPPER_DIGITS, 10, 'alg-app')}\nALGOLIA_ADMIN_API_KEY=«${fake(HEX, 32, 'alg2')}»`,
    ],
    negative: [`ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 'alg-search')}`, `algolia:\n  searchOnlyApiKey: ${fake(HEX, 32, 'alg-s2')}`],
  },
};
