/** tailscale (CREDENTIAL-FORMATS.md §6, network access; docs: key prefixes). */
import { defineDetector, type Detector, hasOneCharacterClass, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

function tailscale(id: string, title: string, type: string, grants: string): Detector {
  const prefix = `tskey-${type}-`;
  return defineDetector({
    id,
    title,
    keywords: [prefix],
    scope: 'document',
    // `tskey-<type>-<key id, often …CNTRL>-<secret>`; the docs' example has a short secret and is not matched.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>tskey-${type}-[A-Za-z0-9]{8,24}-[A-Za-z0-9]{24,64})(?![A-Za-z0-9_-])`),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(c.value.lastIndexOf('-') + 1) })],
    guide: {
      grants,
      revoke: 'Tailscale admin console → Settings → Keys (OAuth clients / webhooks) → revoke the key.',
      url: 'https://login.tailscale.com/admin/settings/keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  });
}

export const detectors: readonly Detector[] = [
  tailscale(
    'tailscale.auth-key',
    'Tailscale auth key',
    'auth',
    "Joins new devices to the tailnet (reusable keys: any number), with the key's tags — a foothold in the private network.",
  ),
  tailscale(
    'tailscale.api-key',
    'Tailscale API access token',
    'api',
    'Calls the Tailscale API as its creator: lists and removes devices, changes the ACL policy, DNS and keys of the tailnet.',
  ),
  tailscale(
    'tailscale.oauth-client-secret',
    'Tailscale OAuth client secret',
    'client',
    "Mints API tokens with the OAuth client's scopes (often device and auth-key management).",
  ),
  tailscale('tailscale.scim-key', 'Tailscale SCIM API key', 'scim', 'Provisions and removes tailnet users and groups through SCIM.'),
  tailscale(
    'tailscale.webhook-secret',
    'Tailscale webhook secret',
    'webhook',
    'Signs webhook events: lets an attacker forge Tailscale events to the endpoint.',
  ),
];
