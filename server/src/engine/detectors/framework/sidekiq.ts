/**
 * Sidekiq Pro / Enterprise licence credentials (Bundler `gems.contribsys.com`). None has a prefix, so the
 * pattern is anchored on the framework's own setting name, and template / placeholder values (the framework's
 * own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { defineDetector, frameworkGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sidekiq.enterprise-credentials',
    title: 'Sidekiq Pro / Enterprise gem credentials',
    keywords: ['contribsys'],
    // `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=<8 hex>:<8 hex>` or `https://<8 hex>:<8 hex>@gems.contribsys.com/`.
    pattern:
      /(?:(?<![A-Za-z0-9_])BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \t]*[:=][ \t]*["']?|https?:\/\/)(?<username>[0-9a-f]{8}):(?<secret>[0-9a-f]{8})(?:@(?<host>(?:enterprise|gems)\.contribsys\.com))?(?![0-9a-f])/,
    post: [({ match, groups }) => (match.startsWith('http') && !groups.host ? 'not the contribsys gem server' : undefined)],
    guide: frameworkGuide(
      'Downloads the licensed Sidekiq Pro/Enterprise gems with your licence.',
      'Contact Contributed Systems (support@contribsys.com) to rotate the licence credentials, then update Bundler config / CI secrets.',
      'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro',
    ),
  }),
];
