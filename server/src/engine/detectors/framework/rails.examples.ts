/** Examples of the Rails detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rails.secret-key-base': {
    positive: [
      `production:\n  secret_key_base: «${fake(HEX, 128, 'rk1')}»`,
      `SECRET_KEY_BASE=«${fake(HEX, 128, 'rk2')}»`,
      `config.secret_key_base = "«${fake(HEX, 128, 'rk3')}»"`,
    ],
    negative: ['production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', `SECRET_KEY_BASE=${'0'.repeat(128)}`],
  },
  'rails.master-key': {
    positive: [`RAILS_MASTER_KEY=«${fake(HEX, 32, 'mk2')}»`, `docker run -e RAILS_MASTER_KEY=«${fake(HEX, 32, 'mk6')}» shop:latest`],
    negative: ['RAILS_MASTER_KEY=${RAILS_MASTER_KEY}', `RAILS_MASTER_KEY=${'0'.repeat(32)}`],
  },
  'rails.master-key-file': {
    positive: [
      { text: `«${fake(HEX, 32, 'mk1')}»\n`, path: 'config/master.key' },
      { text: `«${fake(HEX, 32, 'mk3')}»`, path: 'app/config/credentials/production.key' },
    ],
    negative: [
      { text: `${fake(HEX, 32, 'mk4')}\n`, path: 'checksums/file.md5' },
      { text: `${fake(HEX, 32, 'mk5')}\n`, path: 'config/other.txt' },
    ],
  },
};
