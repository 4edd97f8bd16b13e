/** Oracle Cloud (OCI) credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { ci, defineDetector, INJECT_FROM_SECRET_STORE, phrase, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'oracle.oci-auth-token',
    title: 'Oracle Cloud (OCI) auth token',
    keywords: ['oci_auth', 'oci-auth', 'ociauth', 'oci.auth', 'ocir'],
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${phrase('oci auth token')}|${ci('ocir')}[A-Za-z0-9_.-]{0,20}(?:${ci('token')}|${ci('password')}))[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|${ci('ocir')}\\.io\\b[^\\n]{0,200}?\\s(?:-p|--password)[ =])["']?(?<secret>[A-Za-z0-9(){}<>;:.+_#\\[\\]-]{20})(?![A-Za-z0-9(){}<>;:.+_#\\[\\]-])`,
      ),
    minEntropy: 3.5,
    guide: {
      grants: 'Password for OCI Registry (docker login), Object Storage Swift and other services that accept auth tokens, as the OCI user.',
      revoke: 'OCI console → Identity → Users → the user → Auth Tokens → Delete; generate a new token.',
      url: 'https://cloud.oracle.com/identity/domains/my-profile/auth-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
