/** Examples of the figma detectors (test data: never imported by the runtime). */
import { alphabet, B62, B64URL, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'figma.pat': {
    positive: [
      `FIGMA_TOKEN=«figd_${fake(B64URL, 40, 'figd')}»`,
      `curl -H 'X-Figma-Token: «figd_${fake(B64URL, 40, 'figd2')}»' https://api.figma.com/v1/me`,
    ],
    negative: ['FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `figd_${fake(B64URL, 12, 'short')}`],
  },
  'figma.legacy-token': {
    positive: [`FIGMA_TOKEN=«${fake(alphabet('0-9'), 6, 'fg-id')}-${fakeUuid('uuid|figma')}»`],
    negative: [`FIGMA_FILE_KEY=${fake(B62, 22, 'file')}`, `FIGMA_TEAM_ID=${fake(alphabet('0-9'), 18, 'team')}`],
  },
};
