/** contentful (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { B64URL, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'contentful.management-token',
    title: 'Contentful personal access (management) token',
    keywords: ['CFPAT-'],
    scope: 'document',
    pattern: () => prefixedToken('CFPAT-', B64URL, [43, 64]),
    guide: {
      grants:
        'Full read and write through the Content Management API on every space and environment the user can reach: content, content models, webhooks, roles.',
      revoke: 'Contentful → account menu → Account settings → CMA tokens → Revoke.',
      url: 'https://app.contentful.com/account/profile/cma_tokens',
    },
  }),
];
