/** vpnapi (long tail of providers, issue 9 §3): vpnapi.io. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'vpnapi.api-key',
    title: 'vpnapi.io API key',
    keywords: ['vpnapi', 'vpn_api', 'vpn-api', 'vpn.api'],
    providers: [phraseAfterNonLetter('vpn api')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Checks IP addresses for VPN, proxy and Tor use on the account's daily quota.",
      revoke: 'vpnapi.io dashboard → API key → regenerate.',
      url: 'https://vpnapi.io/dashboard',
    },
  }),
];
