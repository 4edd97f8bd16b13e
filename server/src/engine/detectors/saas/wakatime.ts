/** wakatime (long tail of providers, issue 9 §3): WakaTime coding-activity tracking. */
import { token, type Detector, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'wakatime.api-key',
    title: 'WakaTime secret API key',
    keywords: ['waka_'],
    // `waka_` + a UUID (WakaTime account settings show the secret API key in this form; older keys are a bare UUID, left
    // to the generic UUID-under-a-key-name rule).
    body: `waka_${UUID}`,
    guide: {
      grants: "Reads the user's coding activity (projects, files, languages, editors, commit times) and sends heartbeats as them.",
      revoke: 'wakatime.com → Settings → Account → Secret API Key → regenerate (then update ~/.wakatime.cfg and every editor plugin).',
      url: 'https://wakatime.com/settings/account',
    },
  }),
];
