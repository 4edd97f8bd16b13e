/** Hex.pm API keys (CREDENTIAL-FORMATS.md §2). */
import { assignment, ci, defineDetector, HEX, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'hex.api-key',
    title: 'Hex.pm API key',
    keywords: ['hex_api_key', 'hex_organization_key', 'hexpm'],
    pattern: () =>
      assignment(
        [ci('hex_api_key'), ci('hex_organization_key'), providerKindName([ci('hexpm')], ['key', 'token'], { gap: 24 })],
        `[${HEX.re}]{32}`,
      ),
    minEntropy: 3.0,
    guide: {
      grants: "Publishes and retires package versions, or reads private packages of the organisation, depending on the key's permissions.",
      revoke: 'hex.pm → Dashboard → Keys → Revoke, or `mix hex.user key revoke <name>`.',
      url: 'https://hex.pm/dashboard/keys',
      store: 'Keep it in `HEX_API_KEY` from the CI secret store.',
    },
  }),
];
