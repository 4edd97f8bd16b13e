/** tines (long tail of providers, issue 9 §3): Tines security automation. */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'tines.webhook-url',
    title: 'Tines webhook URL with secret',
    keywords: ['tines.com/webhook'],
    // The host (`<tenant>.tines.com/webhook/`) identifies it, but the tenant sub-domain in front hides it from the derivation.
    confidence: 'high',
    // https://<tenant>.tines.com/webhook/<32 path>/<32 secret> (format facts: Kingfisher rule set): the last segment is the webhook secret.
    pattern: /(?<secret>https:\/\/[a-z0-9-]{1,63}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9])/,
    guide: {
      grants: 'Anyone with the URL can send events into the story, starting its actions (tickets, messages, enrichment, remediation).',
      revoke: 'Tines → the story → the Webhook action → change its secret (or delete and re-create the action) and update the senders.',
      url: 'https://www.tines.com/docs/actions/types/webhook/',
    },
  }),
];
