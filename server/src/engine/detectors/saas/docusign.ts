/** docusign (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, providerNames, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'docusign.secret-key',
    title: 'DocuSign integration secret key',
    keywords: ['docusign', 'ds_'],
    // A UUID; the integration key (also a UUID) is the public half.
    pattern: () =>
      assignment(
        providerNames(
          ['docusign', 'ds_'],
          ['secret'].map((x) => ci(x)),
        ),
        UUID_LOWER,
      ),
    guide: {
      grants:
        'With the integration key, completes Authorization Code Grant as the app: sends, reads and voids envelopes for users who consented.',
      revoke: 'DocuSign eSignature Admin → Apps and Keys → the app → Secret Keys → add a new key, deploy it, then delete the leaked one.',
      url: 'https://admin.docusign.com/apps-and-keys',
    },
  }),
];
