/** Infracost credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B62, INJECT_FROM_SECRET_STORE, lacksMixedClasses, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'infracost.api-key',
    title: 'Infracost API key',
    prefix: 'ico-',
    alphabet: B62,
    length: 32,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls the Infracost Cloud pricing and dashboard APIs for the organisation; exposes cost estimates and repository metadata.',
      revoke: 'Infracost Cloud → Org Settings → API keys → rotate the key.',
      url: 'https://dashboard.infracost.io/',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
