/**
 * Hardening: the engine on hostile input (random and structured) never throws, finishes in bounded
 * time, and every detector's pattern is linear on adversarial input built from its own keywords.
 * Limits are generous (shared, noisy 2-core machine); catastrophic backtracking takes minutes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, Scanner, type Detector } from '../../server/src/engine/index.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fakeBytes, fakePem, seededRandom } from '../../server/src/engine/fake.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

const MB = 1024 * 1024;
const all = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all', timeBudgetMs: 120_000 });

function timed(scanner: Scanner, text: string, path = 'input.txt'): { ms: number; result: ReturnType<Scanner['scan']> } {
  const started = performance.now();
  const result = scanner.scan({ text, path });
  return { ms: performance.now() - started, result };
}

/** Adversarial text for one detector, ~`size` characters: its keywords with no terminator, repeated prefixes, long runs. */
function adversarial(detector: Detector, size: number): string {
  const keywords = detector.keywords.length > 0 ? detector.keywords : ['key'];
  const parts: string[] = [];
  // Lines of at most 2 KiB, as in real files (single huge lines are covered separately below).
  const per = Math.min(2048, Math.max(256, Math.floor(size / (keywords.length * 6))));
  for (const keyword of keywords.slice(0, 8)) {
    // keyword repeated on one line
    parts.push(keyword.repeat(Math.ceil(per / Math.max(1, keyword.length))));
    // keyword followed by a long run of alphabet characters without a terminator
    parts.push(`${keyword}${'aB3'.repeat(Math.ceil(per / 3))}`);
    // keyword, separators and long whitespace runs
    parts.push(`${keyword} = ${' '.repeat(per)}"`);
    parts.push(`${keyword}${'=:"\' '.repeat(Math.ceil(per / 5))}`);
    // keyword-prefixed tokens separated by dashes/underscores/dots (segment-structured patterns)
    parts.push(`${keyword}${'a-b_c.'.repeat(Math.ceil(per / 6))}`);
    // many short lines with the keyword (line-scoped detectors)
    parts.push(`${keyword}: ${'x'.repeat(40)}\n`.repeat(Math.ceil(per / (keyword.length + 43))));
  }
  let text = parts.join('\n');
  while (text.length < size) text += `\n${text}`;
  return text.slice(0, size);
}

/** A path the detector runs on (path-gated detectors take it from their own examples). */
function pathFor(detector: Detector): string {
  if (!detector.paths) return 'input.txt';
  const example = examplesOf(detector).positive.find((e): e is { text: string; path: string } => typeof e !== 'string');
  return example?.path ?? 'input.txt';
}

describe('hardening: engine fuzz', () => {
  it('random bytes, invalid UTF-8, lone surrogates and NUL never throw', () => {
    const random = seededRandom('hardening-fuzz');
    for (let i = 0; i < 30; i++) {
      const bytes = Buffer.from(fakeBytes(32 * 1024, `hardening-${i}`));
      // splice a real token into random noise: still found when the text is not binary
      const token = fakeGithubToken('ghp_', `fuzz-${i}`);
      const printable = bytes.toString('latin1').replace(/[\u0000-\u001f\u007f-\u009f"'`]/g, ' ');
      const at = Math.floor(random() * printable.length);
      const text = `${printable.slice(0, at)}\ntoken ${token}\n${printable.slice(at)}`;
      const { result } = timed(all, text);
      assert.equal(result.skipped, undefined);
      assert.ok(result.findings.some((f) => f.detectorId.startsWith('github.')), `token found in noise ${i}`);
      assert.doesNotThrow(() => all.scan({ text: bytes.toString('utf8'), path: 'fuzz.bin.txt' }));
      assert.doesNotThrow(() => all.scan({ text: bytes.toString('utf16le'), path: 'fuzz16.txt' }));
    }
    const surrogates = '\ud800\udbff\udc00\udfff'.repeat(10_000) + '\u0000'.repeat(100) + '\ufffd'.repeat(10_000);
    assert.doesNotThrow(() => all.scan({ text: surrogates }));
    assert.doesNotThrow(() => all.scan({ text: `password = "\ud800${'\udfff'.repeat(20)}"\n` }));
  });

  it('a 10 MB single line, and a 10 MB line holding a token at its end', () => {
    const token = fakeGithubToken('ghp_', 'ten-mb');
    const line = `${'aZ9+/'.repeat((10 * MB - 100) / 5)} ${token}`;
    assert.ok(line.length < 10 * MB);
    const { ms, result } = timed(all, line, 'one-line.txt');
    assert.ok(ms < 40_000, `${Math.round(ms)} ms`);
    assert.equal(result.skipped, undefined);
    assert.ok(result.findings.some((f) => f.detectorId === 'github.pat-classic'), 'token at the end of a 10 MB line is found');
  });

  it('structured hostile shapes finish quickly', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const shapes: Record<string, string> = {
      'AKIA x 1e5': 'AKIA'.repeat(100_000),
      'AKIA x 1e5 with separators': 'AKIA '.repeat(100_000),
      'BEGIN without END, huge body': `${fakePem('RSA PRIVATE KEY', 1200).split('\n').slice(0, -1).join('\n')}\n${'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n'.repeat(15_000)}`,
      'BEGIN lines only': `${'-----BEGIN OPENSSH PRIVATE KEY-----\n'.repeat(30_000)}`,
      'base64 of base64 of a token x 1000': `${b64(b64(`token=${fakeGithubToken('ghp_', 'nested')}`))}\n`.repeat(1000),
      'base64 nested 6 deep': (() => { let s = `GITHUB_TOKEN=${fakeGithubToken('ghp_', 'deep')}`; for (let i = 0; i < 6; i++) s = b64(s); return s; })(),
      'postgres:// repeated': 'postgres://'.repeat(100_000),
      'url userinfo without host': `https://user:${'p'.repeat(500_000)}`,
      'jwt dots': `eyJ${'a.'.repeat(300_000)}`,
      'xoxb- dashes': `xoxb-${'1-'.repeat(300_000)}`,
      'nested quotes': `"${'\\"'.repeat(300_000)}`,
      'password: without value x 1e5': 'password: \n'.repeat(100_000),
      'deep indentation': `${' '.repeat(1_000_000)}secret = "abc`,
      'json escaped newlines': `{"private_key": "${'\\n'.repeat(400_000)}`,
    };
    for (const [name, text] of Object.entries(shapes)) {
      const { ms, result } = timed(all, text);
      assert.ok(ms < 15_000, `${name}: ${Math.round(ms)} ms`);
      assert.notEqual(result.skipped?.reason, 'time-limit', name);
    }
  });

  it('every detector stays linear on ~1 MB of adversarial input (< 2 s per detector per MB)', () => {
    // Pass 1: 64 KiB per detector (screening), extrapolated per MB.
    const size = 64 * 1024;
    const timings: { id: string; msPerMb: number }[] = [];
    for (const detector of ALL_DETECTORS) {
      const scanner = new Scanner([detector], { lowValueOptIn: 'all', timeBudgetMs: 120_000 });
      const { ms, result } = timed(scanner, adversarial(detector, size), pathFor(detector));
      assert.equal(result.skipped, undefined, detector.id);
      timings.push({ id: detector.id, msPerMb: (ms * MB) / size });
    }
    timings.sort((a, b) => b.msPerMb - a.msPerMb);
    // Pass 2: the slowest 10 again on a full 1 MB, measured for real (catches super-linear growth).
    const slowest = timings.slice(0, 10).map(({ id }) => {
      const detector = ALL_DETECTORS.find((d) => d.id === id)!;
      const scanner = new Scanner([detector], { lowValueOptIn: 'all', timeBudgetMs: 120_000 });
      const { ms } = timed(scanner, adversarial(detector, MB), pathFor(detector));
      return { id, msPerMb: Math.round(ms) };
    });
    console.log(`slowest 10 detectors (ms per MB, measured on 1 MB): ${slowest.map((s) => `${s.id}=${s.msPerMb}`).join(', ')}`);
    assert.equal(timings.length, ALL_DETECTORS.length);
    for (const t of timings) assert.ok(t.msPerMb < 2000, `${t.id}: ${Math.round(t.msPerMb)} ms/MB (extrapolated from 64 KiB)`);
    for (const s of slowest) assert.ok(s.msPerMb < 2000, `${s.id}: ${s.msPerMb} ms on 1 MB`);
  });

  // Line-scoped detectors are quadratic when their keyword repeats along one long line (below the
  // keyword saturation count): 'railway' x 4.7k on one 32 KiB line takes ~0.9 s for railway.token
  // alone, 64 KiB ~3.7 s. Scanner.windowsFor calls lineStartOf/lineEndOf for every keyword hit, each
  // scanning the whole line: O(hits x line length).
  it('a keyword repeated along one long line stays linear per detector', () => {
    for (const id of ['railway.token', 'adyen.api-key', 'logzio.token']) {
      const detector = ALL_DETECTORS.find((d) => d.id === id)!;
      const scanner = new Scanner([detector], { lowValueOptIn: 'all', timeBudgetMs: 120_000 });
      const keyword = detector.keywords[0]!;
      const text = keyword.repeat(Math.ceil((32 * 1024) / keyword.length));
      const { ms } = timed(scanner, text);
      assert.ok((ms * MB) / text.length < 2000, `${id}: ${Math.round((ms * MB) / text.length)} ms/MB on one ${text.length}-char line`);
    }
  });
});
