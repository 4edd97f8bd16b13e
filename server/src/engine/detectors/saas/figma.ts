/** figma (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, B64URL, defineDetector, type Detector, prefixedToken, providerNames, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'figma.pat',
    title: 'Figma personal access token',
    keywords: ['figd_'],
    scope: 'document',
    pattern: () => prefixedToken('figd_', B64URL, [40, 64]),
    guide: {
      grants: 'Reads (and with write scopes, changes) every file, comment, variable and dev resource the user can access.',
      revoke: 'Figma → Settings → Security → Personal access tokens → Revoke.',
      url: 'https://www.figma.com/developers/api#access-tokens',
    },
  }),
  defineDetector({
    id: 'figma.legacy-token',
    title: 'Figma personal access token (legacy)',
    keywords: ['figma'],
    // Pre-2023 tokens: a numeric id, `-`, then a UUID.
    pattern: () => assignment(providerNames(['figma']), `[0-9]{4,8}-${UUID_LOWER}`),
    guide: {
      grants: 'Reads every file and comment the user can access.',
      revoke: 'Figma → Settings → Security → Personal access tokens → Revoke.',
      url: 'https://www.figma.com/developers/api#access-tokens',
    },
  }),
];
