/** smartsheet (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'smartsheet.access-token',
    title: 'Smartsheet API access token',
    keywords: ['smartsheet'],
    // 37 base62 (older 26).
    pattern: () => assignment(providerNames(['smartsheet']), '[A-Za-z0-9]{37}|[A-Za-z0-9]{26}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'Acts as the user on Smartsheet: read and edit every sheet, report and workspace shared with them.',
      revoke: 'Smartsheet → Account → Apps & Integrations → API Access → the token → Revoke.',
      url: 'https://help.smartsheet.com/articles/2482389-generate-API-key',
    },
  }),
];
