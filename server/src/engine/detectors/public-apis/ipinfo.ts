/** ipinfo (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ipinfo.token',
    title: 'IPinfo access token',
    keywords: ['ipinfo'],
    pattern: () => assignmentOr(providerNames(['ipinfo'], names('token', 'key')), '[0-9a-f]{14}', [urlParam('ipinfo\\.io', 'token')]),
    minEntropy: 2.8,
    guide: {
      grants: "Calls the IPinfo API on the account's (possibly paid) quota.",
      revoke: 'ipinfo.io/account/token → regenerate the token.',
      url: 'https://ipinfo.io/account/token',
    },
  }),
];
