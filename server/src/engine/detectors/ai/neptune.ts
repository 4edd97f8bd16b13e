/**
 * Neptune.ai keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { defineDetector, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'neptune.api-token',
    title: 'Neptune.ai API token',
    // Base64 of `{"api_address":…,"api_url":…,"api_key":…}`: the encoded head is fixed.
    keywords: ['eyJhcGlfYWRkcmVzcyI6'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
    post: [
      ({ value }) =>
        /"api_key"\s*:\s*"[^"]{16,}"/.test(Buffer.from(value, 'base64').toString('utf8')) ? undefined : 'no api_key in payload',
    ],
    guide: {
      grants: 'Reads and writes every Neptune project the user can access: runs, metadata, artifacts.',
      revoke: 'app.neptune.ai → your profile → Get your API token → Reset (invalidates the old token).',
      url: 'https://app.neptune.ai',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
