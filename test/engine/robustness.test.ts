/**
 * Fuzz-style robustness: the engine never throws and stays within bounded time on random bytes,
 * invalid UTF-8, lone surrogates, a 5 MB single line and ReDoS-shaped input (issue 2, "Done when").
 * Limits are generous: machines are shared and noisy; a catastrophic regex takes minutes, not seconds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS, Scanner } from '../../server/src/engine/index.js';
import { fakeBytes } from '../../server/src/engine/fake.js';

const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all', timeBudgetMs: 60_000 });

function timed(text: string, path?: string): { ms: number; findings: number } {
  const started = performance.now();
  const result = scanner.scan({ text, ...(path ? { path } : {}) });
  return { ms: performance.now() - started, findings: result.findings.length };
}

describe('engine robustness', () => {
  it('random bytes decoded as UTF-8 and Latin-1', () => {
    for (let i = 0; i < 20; i++) {
      const bytes = Buffer.from(fakeBytes(64 * 1024, `fuzz-${i}`));
      // Binary content is skipped, but must not throw; map control characters away to force a full scan too.
      timed(bytes.toString('utf8'));
      const printable = bytes.toString('latin1').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      assert.equal(scanner.scan({ text: printable, path: 'fuzz.txt' }).skipped, undefined);
      timed(printable, 'fuzz.txt');
    }
  });

  it('invalid UTF-8, lone surrogates and NUL bytes', () => {
    const invalid = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]).toString('utf8');
    const text = `password = "${invalid}"\n\ud800 token=\udfff${'\u0000'.repeat(3)} ghp_\ud83d\n`.repeat(1000);
    const { ms } = timed(text);
    assert.ok(ms < 10_000, `${ms} ms`);
    const withoutNul = text.replace(/\u0000/g, '');
    assert.equal(scanner.scan({ text: withoutNul }).skipped, undefined);
    assert.ok(timed(withoutNul).ms < 10_000);
  });

  it('a 5 MB single line', () => {
    const line = 'aZ9+/'.repeat(1024 * 1024);
    const { ms } = timed(line, 'one-line.txt');
    assert.ok(ms < 20_000, `${ms} ms`);
    const minified = `var a=1;${'function(e){return e.token=e.password||"x"},'.repeat(120_000)}`;
    assert.ok(minified.length > 5_000_000);
    assert.ok(timed(minified, 'bundle.min.js').ms < 20_000);
  });

  it('ReDoS-shaped input: repeated prefixes and unterminated structures', () => {
    const shapes: Record<string, string> = {
      'AKIA repeated': 'AKIA'.repeat(100_000),
      'ghp_ repeated': 'ghp_'.repeat(100_000),
      'BEGIN without END': `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA\n'.repeat(20_000)}`,
      'BEGIN repeated': '-----BEGIN PRIVATE KEY-----'.repeat(20_000),
      'password= repeated': 'password='.repeat(100_000),
      'secret: " repeated': 'secret: "'.repeat(100_000),
      'eyJ repeated': 'eyJ'.repeat(100_000) + '.'.repeat(1000),
      'url userinfo': `https://${'a:'.repeat(100_000)}@`,
      quotes: `token = "${'\\"'.repeat(100_000)}`,
      'base64 nest': Buffer.from(Buffer.from('ghp_'.repeat(10_000)).toString('base64')).toString('base64'),
      equals: '='.repeat(500_000),
      'spaces after name': `api_key${' '.repeat(200_000)}x`,
    };
    for (const [name, text] of Object.entries(shapes)) {
      const { ms } = timed(text, 'input.txt');
      assert.ok(ms < 10_000, `${name}: ${ms} ms`);
    }
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
