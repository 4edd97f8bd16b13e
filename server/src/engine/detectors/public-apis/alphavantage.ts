/** alphavantage (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, hasOneCharacterClass, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'alphavantage.api-key',
    title: 'Alpha Vantage API key',
    keywords: ['alphavantage', 'alpha_vantage'],
    pattern: () =>
      assignmentOr(providerNames(['alphavantage', 'alpha_vantage'], names('key')), '[A-Z0-9]{16}', [
        urlParam('alphavantage\\.co', 'apikey'),
      ]),
    minEntropy: 3.0,
    post: [hasOneCharacterClass],
    guide: {
      grants: "Calls the Alpha Vantage market-data API on the key's (possibly premium) quota.",
      revoke: 'Contact support@alphavantage.co to deactivate the key and claim a new one at alphavantage.co/support/#api-key.',
      url: 'https://www.alphavantage.co/support/#api-key',
    },
  }),
];
