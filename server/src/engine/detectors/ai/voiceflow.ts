/** voiceflow (long tail of providers, issue 9 §3): Voiceflow conversational-agent platform. */
import { token, type Detector, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'voiceflow.api-key',
    title: 'Voiceflow API key',
    keywords: ['vf.'],
    // `VF.` [+ `DM.` (Dialog Manager) or `WS.` (workspace)] + 24 hex + `.` + 16 letters and digits (format facts: Kingfisher rule set).
    body: 'VF\\.(?:(?:DM|WS)\\.)?[0-9a-fA-F]{24}\\.[A-Za-z0-9]{16}',
    guide: {
      grants:
        "Talks to the agent through the Dialog Manager API (reading and changing user state and transcripts) or, for workspace keys, manages the workspace's projects and knowledge base.",
      revoke: 'Voiceflow → the agent → Settings (or Workspace settings) → API keys → regenerate the key.',
      url: 'https://creator.voiceflow.com/',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
