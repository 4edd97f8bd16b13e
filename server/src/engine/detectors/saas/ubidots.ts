/** ubidots (long tail of providers, issue 9 §3): Ubidots IoT platform. */
import { bodyHasOneCharacterClass, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'ubidots.token',
    title: 'Ubidots API token',
    keywords: ['bbff-'],
    // `BBFF-` + 30 letters and digits (format facts: Kingfisher rule set).
    body: 'BBFF-[A-Za-z0-9]{30}',
    post: [bodyHasOneCharacterClass('BBFF-')],
    guide: {
      grants: "Reads and writes the account's devices, variables and dot values, and sends data that triggers its events and alerts.",
      revoke: 'Ubidots → profile menu → API Credentials → Tokens → delete the token and create a new one.',
      url: 'https://industrial.ubidots.com/accounts/me/apiCredentials',
    },
  }),
];
