/**
 * Fuzz-style robustness: the engine never throws and stays linear on random bytes, invalid UTF-8,
 * lone surrogates, a 5 MB single line and ReDoS-shaped input (issue 2, "Done when"). Speed is a
 * growth ratio (CPU time on n and 4n bytes in the same run, test/engine/growth.ts), never an absolute
 * time: shared CI machines are loaded. A catastrophic regex takes minutes, so each test also has a
 * generous hang guard.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS, Scanner } from '../../server/src/engine/index.js';
import { fakeBytes } from '../../server/src/engine/fake.js';
import { MAX_GROWTH, growthOf } from './growth.js';

const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all', timeBudgetMs: 60_000 });
const HANG_GUARD = { timeout: 300_000 };

function scan(text: string, path?: string): ReturnType<Scanner['scan']> {
  return scanner.scan({ text, ...(path ? { path } : {}) });
}

/** Asserts that scanning `make(4n)` costs at most MAX_GROWTH × `make(n)` (never a time budget cut short). */
function assertLinear(name: string, make: (size: number) => string, baseSize: number, maxSize: number, path?: string): void {
  const growth = growthOf((text) => assert.notEqual(scan(text, path).skipped?.reason, 'time-limit', name), make, baseSize, maxSize);
  if (growth.ratio !== undefined) {
    assert.ok(
      growth.ratio <= MAX_GROWTH,
      `${name}: ${growth.ratio.toFixed(1)}× for 4× the bytes (${growth.small.toFixed(0)} → ${growth.large.toFixed(0)} ms CPU)`,
    );
  }
}

describe('engine robustness', () => {
  it('random bytes decoded as UTF-8 and Latin-1', HANG_GUARD, () => {
    for (let i = 0; i < 20; i++) {
      const bytes = Buffer.from(fakeBytes(64 * 1024, `fuzz-${i}`));
      // Binary content is skipped, but must not throw; map control characters away to force a full scan too.
      scan(bytes.toString('utf8'));
      const printable = bytes.toString('latin1').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      assert.equal(scan(printable, 'fuzz.txt').skipped, undefined);
    }
  });

  it('invalid UTF-8, lone surrogates and NUL bytes', HANG_GUARD, () => {
    const invalid = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]).toString('utf8');
    const block = `password = "${invalid}"\n\ud800 token=\udfff${'\u0000'.repeat(3)} ghp_\ud83d\n`;
    assertLinear('with NUL bytes', (n) => block.repeat(n), 250, 4000);
    const withoutNul = block.replace(/\u0000/g, '');
    assert.equal(scan(withoutNul.repeat(1000)).skipped, undefined);
    assertLinear('without NUL bytes', (n) => withoutNul.repeat(n), 250, 4000);
  });

  it('a 5 MB single line', HANG_GUARD, () => {
    const line = 'aZ9+/'.repeat(1024 * 1024);
    assert.notEqual(scan(line, 'one-line.txt').skipped?.reason, 'time-limit');
    assertLinear('one Base64-alphabet line', (n) => 'aZ9+/'.repeat(n), 16 * 1024, 1024 * 1024, 'one-line.txt');
    const segment = 'function(e){return e.token=e.password||"x"},';
    const minified = `var a=1;${segment.repeat(120_000)}`;
    assert.ok(minified.length > 5_000_000);
    assert.notEqual(scan(minified, 'bundle.min.js').skipped?.reason, 'time-limit');
    assertLinear('a minified bundle line', (n) => `var a=1;${segment.repeat(n)}`, 2000, 120_000, 'bundle.min.js');
  });

  it('ReDoS-shaped input: repeated prefixes and unterminated structures', HANG_GUARD, () => {
    // Each shape at scale n; the original fixed sizes were n = 100_000 repetitions (or the stated size).
    const shapes: Record<string, (n: number) => string> = {
      'AKIA repeated': (n) => 'AKIA'.repeat(n),
      'ghp_ repeated': (n) => 'ghp_'.repeat(n),
      'BEGIN without END': (n) => `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA\n'.repeat(Math.ceil(n / 5))}`,
      'BEGIN repeated': (n) => '-----BEGIN PRIVATE KEY-----'.repeat(Math.ceil(n / 5)),
      'password= repeated': (n) => 'password='.repeat(n),
      'secret: " repeated': (n) => 'secret: "'.repeat(n),
      'eyJ repeated': (n) => 'eyJ'.repeat(n) + '.'.repeat(1000),
      'url userinfo': (n) => `https://${'a:'.repeat(n)}@`,
      quotes: (n) => `token = "${'\\"'.repeat(n)}`,
      'base64 nest': (n) => Buffer.from(Buffer.from('ghp_'.repeat(Math.ceil(n / 10))).toString('base64')).toString('base64'),
      equals: (n) => '='.repeat(5 * n),
      'spaces after name': (n) => `api_key${' '.repeat(2 * n)}x`,
    };
    for (const [name, make] of Object.entries(shapes)) assertLinear(name, make, 6250, 100_000, 'input.txt');
  });

  it('reports oversize documents as skipped instead of scanning them', () => {
    const small = new Scanner(ALL_DETECTORS, { maxSize: 1000 });
    const result = small.scan({ text: 'x'.repeat(2000) });
    assert.equal(result.skipped?.reason, 'too-large');
    assert.deepEqual(result.findings, []);
  });

  it('stops at the time budget and reports a partial scan', () => {
    const hurried = new Scanner(ALL_DETECTORS, { timeBudgetMs: 0 });
    const text = 'password = "Summer2024!"\n'.repeat(50_000);
    const result = hurried.scan({ text });
    assert.equal(result.skipped?.reason, 'time-limit');
  });
});
