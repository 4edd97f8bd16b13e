/** Examples of the storyblok detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'storyblok.token': {
    positive: [
      `STORYBLOK_PREVIEW_TOKEN=«${fake(B62, 22, 'sb')}tt»`,
      `storyblok_management_token: «${fake(B62, 24, 'sb2')}-${fake(alphabet('0-9'), 6, 'sb3')}-${fake(B62, 20, 'sb4')}»`,
    ],
    negative: ['STORYBLOK_PREVIEW_TOKEN=<preview-token>', `STORYBLOK_SPACE_ID=${fake(alphabet('0-9'), 6, 'space')}`],
  },
};
