/** Examples of the DigitalOcean detectors (test data: never imported by the runtime). */
import { B64, fake, fakeMixed, HEX, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'digitalocean.pat': {
    positive: [
      `DIGITALOCEAN_TOKEN=«dop_v1_${fake(HEX, 64, 'dop')}»`,
      `provider "digitalocean" {\n  token = "«dop_v1_${fake(HEX, 64, 'dop2')}»"\n}`,
    ],
    negative: [`DIGITALOCEAN_TOKEN=dop_v1_${'x'.repeat(64)}`, `dop_v1_${fake(HEX, 40, 'short')}`],
  },
  'digitalocean.oauth-token': {
    positive: [`Authorization: Bearer «doo_v1_${fake(HEX, 64, 'doo')}»`],
    negative: [`doo_v1_${'0'.repeat(64)}`],
  },
  'digitalocean.refresh-token': {
    positive: [`{"refresh_token": "«dor_v1_${fake(HEX, 64, 'dor')}»"}`],
    negative: [`dor_v1_${fake(HEX, 63, 'dor-short')}`],
  },
  'digitalocean.spaces-secret-key': {
    positive: [`SPACES_ACCESS_KEY_ID=DO${fake(UPPER_DIGITS, 17, 'do-id')}7\nSPACES_SECRET_ACCESS_KEY=«${fakeMixed(B64, 43, 'spaces')}»`],
    negative: ['SPACES_SECRET_ACCESS_KEY=${SPACES_SECRET}', `SPACES_ACCESS_KEY_ID=DO${fake(UPPER_DIGITS, 17, 'do-id2')}7`],
  },
};
