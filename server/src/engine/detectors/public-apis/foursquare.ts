/** foursquare (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'foursquare.api-key',
    title: 'Foursquare Places API key',
    keywords: ['fsq3'],
    scope: 'document',
    // `fsq3` + ~44 Base64 chars (unverified): a minimum length.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>fsq3[A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])`),
    guide: {
      grants: 'Calls the Foursquare Places API billed to the project.',
      revoke: 'foursquare.com/developers → the project → API keys → Revoke/Delete the key.',
      url: 'https://foursquare.com/developers/projects',
    },
  }),
];
