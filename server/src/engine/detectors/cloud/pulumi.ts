/** Pulumi credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { HEX, INJECT_FROM_SECRET_STORE, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'pulumi.access-token',
    title: 'Pulumi Cloud access token',
    prefix: 'pul-',
    alphabet: HEX,
    length: 40,
    scope: 'document',
    minEntropy: 3.0,
    guide: {
      grants: 'Acts on Pulumi Cloud as the user/team/organisation: read stack state and configuration secrets, run updates, manage stacks.',
      revoke: 'app.pulumi.com → Settings → Access Tokens → Delete; create a new token.',
      url: 'https://app.pulumi.com/account/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
