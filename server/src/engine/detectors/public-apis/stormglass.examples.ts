/** Examples of the stormglass detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stormglass.api-key': {
    positive: [
      `STORMGLASS_API_KEY=«${fakeUuid('stormglass1a')}-${fakeUuid('stormglass1b')}»`,
      `credentials:\n  storm_glass_token: "«${fakeUuid('stormglass2a')}-${fakeUuid('stormglass2b')}»"`,
      `const stormGlassSecret = '«${fakeUuid('stormglass3a')}-${fakeUuid('stormglass3b')}»';`,
    ],
    negative: [
      `STORMGLASS_ACCOUNT_ID=${fakeUuid('stormglass4a')}-${fakeUuid('stormglass4b')}`,
      `STORMGLASS_API_KEY=${fakeUuid('stormglass5a')}-${fakeUuid('stormglass5b')}${fake(B62, 6, 'tail')}`,
      `# Stormglass settings\nAPI_KEY=${fakeUuid('stormglass6a')}-${fakeUuid('stormglass6b')}`,
      'STORMGLASS_API_KEY=${STORMGLASS_API_KEY}',
    ],
  },
};
