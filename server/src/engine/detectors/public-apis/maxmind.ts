/** maxmind (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import {
  assignment,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  phrase,
  type PostValidator,
  providerNames,
} from '../kit/index.js';

/** The document must mention MaxMind / GeoIP for a bare `LicenseKey` line to count. */
const isOutsideGeoipConfig: PostValidator = ({ text, path }) =>
  /maxmind|geoip|EditionIDs/i.test(path ?? '') || /maxmind|geoip|EditionIDs/i.test(text) ? undefined : 'no MaxMind/GeoIP context';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'maxmind.license-key',
    title: 'MaxMind license key',
    keywords: ['_mmk'],
    scope: 'document',
    // 6 + `_` + 29 base62 + `_mmk` (40 chars).
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])`),
    guide: {
      grants: "Downloads the account's GeoIP2/GeoLite databases and calls the GeoIP web services and minFraud on its (paid) quota.",
      revoke: 'maxmind.com → My Account → Manage License Keys → Deactivate the key (generate a new one first).',
      url: 'https://www.maxmind.com/en/accounts/current/license-key',
    },
  }),
  defineDetector({
    id: 'maxmind.legacy-license-key',
    title: 'MaxMind license key (legacy)',
    // GeoIP.conf: `LicenseKey <key>`, only in a file that mentions MaxMind/GeoIP.
    keywords: ['maxmind', 'geoip', 'licensekey'],
    pattern: () =>
      assignment(
        [...providerNames(['maxmind', 'geoip'], [phrase('license key')]), `(?<![^\\n])${phrase('license key')}`],
        '[A-Za-z0-9]{12,16}',
      ),
    minEntropy: 3.0,
    post: [hasOneCharacterClass, isOutsideGeoipConfig],
    guide: {
      grants: "Downloads the account's GeoIP databases and calls its GeoIP web services.",
      revoke: 'maxmind.com → My Account → Manage License Keys → Deactivate the key and generate a new-format key.',
      url: 'https://www.maxmind.com/en/accounts/current/license-key',
    },
  }),
];
