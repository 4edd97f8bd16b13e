/** Hetzner Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksMixedClasses,
  terraformProviderAttribute,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'hetzner.cloud-token',
    title: 'Hetzner Cloud API token',
    keywords: ['hcloud', 'hetzner'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [
            `${ci('hcloud')}[A-Za-z0-9_.-]{0,20}${ci('token')}`,
            `${ci('hetzner')}[A-Za-z0-9_.-]{0,30}(?:${ci('token')}|${ci('key')})`,
            terraformProviderAttribute('hcloud', ['token']),
          ],
          '[A-Za-z0-9]{64}',
        ),
      ),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    guide: {
      grants: 'Read or read/write access to every resource of one Hetzner Cloud project (servers, volumes, networks, firewalls).',
      revoke: 'Hetzner Cloud console → the project → Security → API tokens → Delete; create a new token.',
      url: 'https://console.hetzner.cloud/projects',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
