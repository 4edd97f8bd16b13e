/** Examples of the virustotal detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'virustotal.api-key': {
    positive: [
      `VIRUSTOTAL_API_KEY=«${fake(HEX, 64, 'virustotal1')}»`,
      `credentials:\n  virus_total_token: "«${fake(HEX, 64, 'virustotal2')}»"`,
      `const virusTotalSecret = '«${fake(HEX, 64, 'virustotal3')}»';`,
    ],
    negative: [
      `VIRUSTOTAL_ACCOUNT_ID=${fake(HEX, 64, 'virustotal4')}`,
      `VIRUSTOTAL_API_KEY=${fake(HEX, 64, 'virustotal5')}${fake(B62, 6, 'tail')}`,
      `# VirusTotal settings\nAPI_KEY=${fake(HEX, 64, 'virustotal6')}`,
      `VIRUSTOTAL_API_KEY=0000000000000000000000000000000000000000000000000000000000000000`,
    ],
  },
};
