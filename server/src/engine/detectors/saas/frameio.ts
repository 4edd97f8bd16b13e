/** frameio (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { alphabet, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'frameio.token',
    title: 'Frame.io developer token',
    keywords: ['fio-u-'],
    scope: 'document',
    pattern: () => prefixedToken('fio-u-', alphabet('A-Za-z0-9_=-'), [64, 80]),
    guide: {
      grants: "Acts as the user on Frame.io's API: read, upload and share assets in their accounts and projects.",
      revoke: 'developer.frame.io → Tokens → Delete the token.',
      url: 'https://developer.frame.io/app/tokens',
    },
  }),
];
