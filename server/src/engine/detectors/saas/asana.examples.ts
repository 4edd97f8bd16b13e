/** Examples of the asana detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'asana.pat': {
    positive: [
      `ASANA_PAT=«2/${fake(alphabet('0-9'), 16, 'asana-u')}/${fake(alphabet('0-9'), 16, 'asana-t')}:${fake(HEX, 32, 'asana')}»`,
      `client = asana.Client.access_token('«1/${fake(alphabet('0-9'), 16, 'asana-u1')}:${fake(HEX, 32, 'asana1')}»')`,
    ],
    negative: [
      `asana workspace gid 1/${fake(alphabet('0-9'), 16, 'gid')}`,
      `# not asana\nurl = "https://cdn/v0/${fake(HEX, 32, 'cdn')}"`,
      `ASANA_PAT=1/${fake(alphabet('0-9'), 16, 'x')}:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
