/** Examples of the etherscan detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'etherscan.api-key': {
    positive: [
      `ETHERSCAN_API_KEY=«${fake(UPPER_DIGITS, 34, 'ethers1')}»`,
      `etherscan_api_key: «${fake(UPPER_DIGITS, 34, 'ethers2')}»`,
      `const etherscanApiKey = '«${fake(UPPER_DIGITS, 34, 'ethers3')}»';`,
    ],
    negative: [
      `ETHERSCAN_API_KEY=${fake(UPPER_DIGITS, 32, 'short')}`,
      'ETHERSCAN_API_KEY=your_etherscan_api_key',
      `API_KEY=${fake(UPPER_DIGITS, 34, 'ethersn')}`,
      'ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}',
    ],
  },
};
