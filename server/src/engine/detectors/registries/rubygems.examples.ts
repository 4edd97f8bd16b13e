/** Examples of the RubyGems detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rubygems.api-key': {
    positive: [`GEM_HOST_API_KEY=«rubygems_${fake(HEX, 48, 'rg1')}»`, `---\n:rubygems_api_key: «rubygems_${fake(HEX, 48, 'rg2')}»`],
    negative: [
      'GEM_HOST_API_KEY=rubygems_123abc01a15f32b0be0103de4c9b3dcb3f2fea0fa8a84f23',
      `GEM_HOST_API_KEY=rubygems_${fake(HEX, 20, 'short')}`,
    ],
  },
  'rubygems.legacy-api-key': {
    positive: [`---\n:rubygems_api_key: «${fake(HEX, 32, 'rgl')}»`, `export GEM_HOST_API_KEY="«${fake(HEX, 32, 'rgl2')}»"`],
    negative: [`:rubygems_api_key: ${'0'.repeat(32)}`, ':rubygems_api_key: <%= ENV["RUBYGEMS_API_KEY"] %>'],
  },
};
