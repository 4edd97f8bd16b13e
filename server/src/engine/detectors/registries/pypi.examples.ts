/** Examples of the PyPI detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, fakeBytes, fakeUuid, LOWER_DIGITS, toBase64Url, type ExampleTable } from '../kit/examples.js';

function macaroonField(type: number, data: Uint8Array | string): number[] {
  const bytes = typeof data === 'string' ? [...Buffer.from(data, 'utf8')] : [...data];
  const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
  return [...varint(type), ...varint(bytes.length), ...bytes];
}

/** A structurally valid PyPI token: location, UUID identifier, one caveat, random signature. */
export function fakePypiToken(location: string, salt = ''): string {
  const bytes = [
    2,
    ...macaroonField(1, location),
    ...macaroonField(2, fakeUuid(`pypi${salt}`)),
    0,
    ...macaroonField(2, `{"version": 1, "permissions": {"projects": ["${fake(LOWER_DIGITS, 8, `proj${salt}`)}"]}}`),
    0,
    0,
    ...macaroonField(6, fakeBytes(32, `pypi-sig${salt}`)),
  ];
  return `pypi-${toBase64Url(Uint8Array.from(bytes))}`;
}

export const examples: ExampleTable = {
  'pypi.api-token': {
    positive: [
      `TWINE_PASSWORD=«${fakePypiToken('pypi.org', '1')}»`,
      `[pypi]\nusername = __token__\npassword = «${fakePypiToken('pypi.org', '2')}»`,
      `twine upload -u __token__ -p «${fakePypiToken('pypi.org', '3')}» dist/*`,
    ],
    negative: [
      `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fake(B64URL, 120, 'not-a-macaroon')}`,
      `TWINE_PASSWORD=${fakePypiToken('pypi.org', '4').slice(0, 60)}`,
    ],
  },
  'pypi.test-api-token': {
    positive: [`TEST_PYPI_TOKEN=«${fakePypiToken('test.pypi.org', '1')}»`],
    negative: [`TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZw${fake(B64URL, 120, 'bad')}`],
  },
  'pypi.pypirc-password': {
    positive: [
      `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = jdoe\npassword = «${fake(B62, 18, 'pypirc')}»`,
      `TWINE_PASSWORD="«${fake(B62, 16, 'twine')}»"`,
    ],
    negative: [
      '[pypi]\nusername = __token__\npassword = <your-token>',
      'TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}',
      `[database]\npassword = ${fake(B62, 18, 'other')}`,
    ],
  },
};
