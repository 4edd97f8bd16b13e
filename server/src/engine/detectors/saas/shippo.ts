/** shippo (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector, HEX, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'shippo.api-token',
    title: 'Shippo API token',
    keywords: ['shippo_live_', 'shippo_test_'],
    scope: 'document',
    pattern: () => prefixedToken(['shippo_live_', 'shippo_test_'], HEX, 40),
    guide: {
      grants:
        "Live tokens buy shipping labels charged to the account and read customers' addresses and shipment history; test tokens reach the test environment.",
      revoke: 'Shippo dashboard → Settings → API → generate a new live (or test) token, deploy it, and retire the leaked one.',
      url: 'https://apps.goshippo.com/settings/api',
    },
  }),
];
