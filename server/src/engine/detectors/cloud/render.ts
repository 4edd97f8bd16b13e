/** Render credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B62, INJECT_FROM_SECRET_STORE, lacksMixedClasses, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'render.api-key',
    title: 'Render API key',
    prefix: 'rnd_',
    alphabet: B62,
    length: 32,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls the Render API as the user: deploy services, read environment variables and secret files, delete services.',
      revoke: 'Render dashboard → Account Settings → API Keys → Revoke; create a new key.',
      url: 'https://dashboard.render.com/u/settings#api-keys',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
