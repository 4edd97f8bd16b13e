/** zapier (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'zapier.webhook-url',
    title: 'Zapier catch-hook webhook URL',
    keywords: ['hooks.zapier.com'],
    scope: 'document',
    pattern: () => new RegExp(`(?<secret>https?://hooks\\.zapier\\.com/hooks/catch/[0-9]{3,12}/[a-z0-9]{5,10}/?)(?![A-Za-z0-9/])`),
    guide: {
      grants:
        'Anyone with the URL can trigger the Zap with arbitrary data, running its downstream actions (e-mails, CRM writes, payments).',
      revoke: 'Zapier → the Zap → trigger step: delete and re-add the "Catch Hook" trigger to get a new URL (or turn the Zap off).',
      url: 'https://zapier.com/app/zaps',
    },
  }),
];
