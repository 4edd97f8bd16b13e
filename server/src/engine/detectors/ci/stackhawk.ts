/** stackhawk (long tail of providers, issue 9 §3): StackHawk, dynamic application security testing. */
import { STORE_IN_CI_SECRETS, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'stackhawk.api-key',
    title: 'StackHawk API key',
    keywords: ['hawk.'],
    // `hawk.` + 20 + `.` + 20 base64url characters (format facts: Kingfisher rule set): the prefix and the two dotted parts identify it.
    body: 'hawk\\.[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}',
    right: 'A-Za-z0-9_.-',
    guide: {
      grants: "Runs HawkScan and reads and changes the organization's applications, scan results and scan policies as the key's user.",
      revoke: 'StackHawk → Settings → API Keys → delete the key (then update the HAWK_API_KEY secret of every pipeline).',
      url: 'https://app.stackhawk.com/settings/apikeys',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
