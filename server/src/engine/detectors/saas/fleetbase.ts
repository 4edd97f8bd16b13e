/**
 * Fleetbase live credentials. Shape: `flb_live_` + 20 base62 (XCHK: KF fleetbase.yml).
 */
import { B62, type Detector, lacksLetterAndDigit, token } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'fleetbase.api-key',
    title: 'Fleetbase live API key',
    prefix: 'flb_live_',
    alphabet: B62,
    length: 20,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Fleetbase logistics API of the organisation in live mode: orders, drivers, vehicles, places and tracking.',
      revoke: 'Fleetbase console → Developers → API Keys → roll or delete the live key.',
      url: 'https://docs.fleetbase.io/',
    },
  }),
];
