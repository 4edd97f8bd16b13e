/** Examples of the Packagist detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'packagist.token': {
    positive: [
      `COMPOSER_AUTH='{"http-basic": {"repo.packagist.com": {"username": "token", "password": "«packagist_ort_${fake(HEX, 68, 'pk1')}»"}}}'`,
      `PACKAGIST_TOKEN=«packagist_uut_${fake(HEX, 68, 'pk2')}»`,
    ],
    negative: [`PACKAGIST_TOKEN=packagist_ort_${fake(HEX, 20, 'short')}`, 'packagist_url = "https://packagist.org"'],
  },
};
