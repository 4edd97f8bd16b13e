/** Examples of the maxmind detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'maxmind.license-key': {
    positive: [
      `MAXMIND_LICENSE_KEY=«${fake(B62, 6, 'mm')}_${fake(B62, 29, 'mm2')}_mmk»`,
      `LicenseKey «${fake(B62, 6, 'mm3')}_${fake(B62, 29, 'mm4')}_mmk»`,
    ],
    negative: ['MAXMIND_LICENSE_KEY=XXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX_mmk'],
  },
  'maxmind.legacy-license-key': {
    positive: [
      `MAXMIND_LICENSE_KEY=«${fake(B62, 16, 'mml')}»`,
      { text: `AccountID 123456\nLicenseKey «${fake(B62, 12, 'mml2')}»\nEditionIDs GeoLite2-City`, path: 'etc/GeoIP.conf' },
    ],
    negative: [`LicenseKey ${fake(B62, 16, 'other')}`, 'MAXMIND_LICENSE_KEY=<license-key>'],
  },
};
