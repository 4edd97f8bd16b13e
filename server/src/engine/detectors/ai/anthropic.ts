/**
 * Anthropic keys: `sk-ant-<kind><version>-` + 93 + `AA` (GitLab rule provided by Anthropic; CREDENTIAL-FORMATS.md §5).
 */
import { B64URL, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

const anthropicRevoke =
  'console.anthropic.com → Settings → API keys → ⋯ → Delete API key; Anthropic also revokes keys reported by GitHub secret scanning.';

export const detectors: readonly Detector[] = [
  token({
    id: 'anthropic.api-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-api'],
    scope: 'document',
    prefix: 'sk-ant-api03-',
    alphabet: B64URL,
    length: [80, 100],
    suffix: 'AA',
    guide: {
      grants:
        'Calls Claude models on the workspace the key belongs to, billed to the organisation, and reads files and batches stored there.',
      revoke: anthropicRevoke,
      url: 'https://console.anthropic.com/settings/keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  token({
    id: 'anthropic.admin-key',
    title: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin'],
    scope: 'document',
    prefix: 'sk-ant-admin01-',
    alphabet: B64URL,
    length: [80, 100],
    suffix: 'AA',
    guide: {
      grants: 'Administers the Anthropic organisation: members, workspaces, API keys, usage reports.',
      revoke: 'console.anthropic.com → Settings → Admin keys → delete the key.',
      url: 'https://console.anthropic.com/settings/admin-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  token({
    id: 'anthropic.oauth-token',
    title: 'Claude OAuth access / refresh token',
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    scope: 'document',
    // Same family layout (unverified lengths): accept a range.
    prefix: ['sk-ant-oat01-', 'sk-ant-ort01-'],
    alphabet: B64URL,
    length: [80, 120],
    guide: {
      grants: 'Uses Claude (Claude Code, claude.ai subscription) as the signed-in user; a refresh token mints new access tokens.',
      revoke: 'Run `claude logout` where it was issued, and sign out of all sessions in claude.ai → Settings → Account.',
      url: 'https://claude.ai/settings/account',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
