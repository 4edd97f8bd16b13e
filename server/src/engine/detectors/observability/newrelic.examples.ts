/** Examples of the newrelic detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, HEX, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'newrelic.user-key': {
    positive: [`NEW_RELIC_API_KEY=«NRAK-${fake(UPPER_DIGITS, 27, 'nrak')}»`, `-H 'API-Key: «NRAK-${fake(UPPER_DIGITS, 27, 'nrak2')}»'`],
    negative: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', `NRAK-${fake(UPPER_DIGITS, 10, 'short')}`],
  },
  'newrelic.license-key': {
    positive: [`NEW_RELIC_LICENSE_KEY=«${fake(HEX, 36, 'nral')}NRAL»`, `newrelic:\n  licenseKey: «eu01xx${fake(HEX, 30, 'nral-eu')}NRAL»`],
    negative: [`license_key: ${fake(HEX, 20, 'short')}NRAL`],
  },
  'newrelic.legacy-license-key': {
    positive: [
      `# New Relic agent configuration\ncommon: &default_settings\n  license_key: '«${fake(HEX, 40, 'nrl')}»'`,
      `NEW_RELIC_LICENSE_KEY=«${fake(HEX, 40, 'nrl2')}»`,
    ],
    negative: [`license_key: '${fake(HEX, 40, 'other')}'`, `# New Relic\nNEW_RELIC_APP_NAME=ride-api`],
  },
  'newrelic.insert-key': {
    positive: [`NEW_RELIC_INSERT_KEY=«NRII-${fake(B64URL, 32, 'nrii')}»`],
    negative: ['X-Insert-Key: NRII-...'],
  },
  'newrelic.admin-key': {
    positive: [`NEWRELIC_ADMIN_KEY=«NRAA-${fake(HEX, 27, 'nraa')}»`],
    negative: ['NRAA-...'],
  },
  'newrelic.rest-api-key': {
    positive: [`X-Api-Key: «NRRA-${fake(HEX, 42, 'nrra')}»`],
    negative: ['NRRA-...'],
  },
};
