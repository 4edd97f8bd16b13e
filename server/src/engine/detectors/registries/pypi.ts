/**
 * PyPI / TestPyPI API tokens and `.pypirc` passwords (CREDENTIAL-FORMATS.md §2). Macaroon layout:
 * docs.pypi.org/api/secrets and the libmacaroons v2 binary format.
 */
import { B64URL, ci, defineDetector, token, type Detector, type PostValidator } from '../kit/index.js';

// ---- PyPI macaroons (libmacaroons v2 binary format) -------------------------------------------

function readVarint(bytes: Uint8Array, start: number): [value: number, next: number] | undefined {
  let value = 0;
  for (let i = 0, pos = start; i < 4 && pos < bytes.length; i++, pos++) {
    const byte = bytes[pos]!;
    value |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return [value, pos + 1];
  }
  return undefined;
}

/** A field: type varint, then (unless end-of-section 0) a length varint and the data. */
function readField(bytes: Uint8Array, start: number): { type: number; length: number; next: number } | undefined {
  const type = readVarint(bytes, start);
  if (!type) return undefined;
  if (type[0] === 0) return { type: 0, length: 0, next: type[1] };
  const length = readVarint(bytes, type[1]);
  if (!length || length[1] + length[0] > bytes.length) return undefined;
  return { type: type[0], length: length[0], next: length[1] + length[0] };
}

/** version 2 · [location] identifier EOS · (caveat fields EOS)* EOS · signature (32 bytes). */
export function isMacaroonV2(bytes: Uint8Array): boolean {
  if (bytes[0] !== 2) return false;
  let field = readField(bytes, 1);
  if (field?.type === 1) field = readField(bytes, field.next);
  if (field?.type !== 2) return false;
  field = readField(bytes, field.next);
  if (field?.type !== 0) return false;
  let pos = field.next;
  for (let caveats = 0; caveats < 256; caveats++) {
    field = readField(bytes, pos);
    if (!field) return false;
    pos = field.next;
    if (field.type === 0) break; // end of the caveat list
    while (field.type !== 0) {
      if (field.type !== 1 && field.type !== 2 && field.type !== 4) return false;
      field = readField(bytes, pos);
      if (!field) return false;
      pos = field.next;
    }
  }
  field = readField(bytes, pos);
  return field?.type === 6 && field.length === 32 && field.next === bytes.length;
}

const isNotMacaroon: PostValidator = ({ value }) =>
  isMacaroonV2(Buffer.from(value.slice('pypi-'.length), 'base64url')) ? undefined : 'not a PyPI macaroon';

const pypiStore =
  'Use PyPI trusted publishing from CI (no long-lived token), or keep a project-scoped token in the CI secret store and pass it as `TWINE_PASSWORD`; keyring instead of `.pypirc` locally.';

export const detectors: readonly Detector[] = [
  token({
    id: 'pypi.api-token',
    title: 'PyPI API token',
    scope: 'document',
    // The body starts with the macaroon header for location pypi.org; tokens are ≥85 characters.
    prefix: 'pypi-AgEIcHlwaS5vcmc',
    alphabet: B64URL,
    length: [64, 2000],
    post: [isNotMacaroon],
    guide: {
      grants:
        "Uploads new releases of the projects in the token's scope (or every project of the account for a user-scoped token): a direct supply-chain attack.",
      revoke:
        'pypi.org → Account settings → API tokens → Remove token; PyPI revokes tokens reported by GitHub secret scanning automatically.',
      url: 'https://pypi.org/manage/account/token/',
      store: pypiStore,
    },
  }),
  token({
    id: 'pypi.test-api-token',
    title: 'TestPyPI API token',
    scope: 'document',
    prefix: 'pypi-AgENdGVzdC5weXBpLm9yZw',
    alphabet: B64URL,
    length: [60, 2000],
    post: [isNotMacaroon],
    guide: {
      grants: 'Uploads releases to test.pypi.org for the projects in scope (lower impact than PyPI, but often reused names and habits).',
      revoke: 'test.pypi.org → Account settings → API tokens → Remove token.',
      url: 'https://test.pypi.org/manage/account/token/',
      store: pypiStore,
    },
  }),
  defineDetector({
    id: 'pypi.pypirc-password',
    title: 'PyPI password in .pypirc / TWINE_PASSWORD',
    keywords: ['[pypi]', '[testpypi]', '[distutils]', 'twine_password'],
    scope: 'document',
    // Broad (any password): a `pypi-` token in the same place is reported by pypi.api-token instead.
    precedence: -1,
    pattern: () =>
      new RegExp(
        `(?:^[ \\t]{0,8}password[ \\t]{0,8}[=:][ \\t]{0,8}|${ci('twine_password')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?)(?<secret>[^\\s'"]{6,200})(?![^\\s'"])`,
        'm',
      ),
    minEntropy: 2.5,
    guide: {
      grants:
        'Uploads releases as the account (PyPI itself has refused passwords for uploads since 2023, but the same password may sign in to the account or to another index such as devpi or Artifactory).',
      revoke: 'Change the account password on the index; on PyPI use an API token or trusted publishing instead.',
      url: 'https://pypi.org/manage/account/',
      store: pypiStore,
    },
  }),
];
