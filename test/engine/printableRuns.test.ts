/**
 * The printable runs of a binary (what a binary file version is scanned as) come from native regexes;
 * they must be exactly what the byte-by-byte `strings` / `strings -el` walk gave, on binaries of every
 * texture: random bytes, text with NULs, UTF-16 resources, long runs cut into pieces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { seededRandom } from '../../server/src/engine/fake.js';
import { decodeBytes, printableRuns } from '../../server/src/engine/pre-validators/encoding.js';

/** The earlier walk, kept here as the reference. */
function walkedRuns(bytes: Uint8Array, minRun = 8): string {
  const printable = (code: number) => (code >= 32 && code < 127) || code === 9;
  const runs: string[] = [];
  const collect = (step: number, offset: number) => {
    let run: number[] = [];
    const flush = () => {
      if (run.length >= minRun) runs.push(String.fromCharCode(...run));
      run = [];
    };
    for (let i = offset; i + step - 1 < bytes.length; i += step) {
      const code = bytes[i]!;
      if (printable(code) && (step === 1 || bytes[i + 1] === 0)) {
        run.push(code);
        if (run.length >= 65536) flush();
      } else flush();
    }
    flush();
  };
  collect(1, 0);
  collect(2, 0);
  collect(2, 1);
  return runs.join('\n');
}

function binary(seed: number): Uint8Array {
  const random = seededRandom(seed);
  const parts: number[] = [];
  while (parts.length < 4000) {
    const kind = Math.floor(random() * 4);
    const length = 1 + Math.floor(random() * 40);
    for (let i = 0; i < length; i++) {
      const letter = 32 + Math.floor(random() * 95);
      if (kind === 0) parts.push(Math.floor(random() * 256));
      else if (kind === 1) parts.push(letter);
      else if (kind === 2) parts.push(letter, 0);
      else parts.push(random() < 0.5 ? 9 : 0);
    }
  }
  return Uint8Array.from(parts);
}

describe('printable runs of binaries', () => {
  it('equal the byte walk on 300 generated binaries (random, text, UTF-16 at both alignments, tabs and NULs)', () => {
    for (let seed = 0; seed < 300; seed++) {
      const bytes = binary(seed);
      assert.equal(printableRuns(bytes), walkedRuns(bytes), `seed ${seed}`);
      assert.equal(printableRuns(bytes.subarray(1)), walkedRuns(bytes.subarray(1)), `seed ${seed}, odd start`);
    }
  });

  it('cut a run longer than 64 Ki characters into pieces, dropping a tail shorter than a run', () => {
    const long = Uint8Array.from({ length: 65536 * 2 + 5 }, (_, i) => 97 + (i % 26));
    assert.equal(printableRuns(long), walkedRuns(long));
    assert.deepEqual(
      printableRuns(long)
        .split('\n')
        .map((run) => run.length),
      [65536, 65536],
    );
  });

  it('a token inside a binary is in what gets scanned, in either encoding', () => {
    const token = fakeGithubToken('ghp_', 'printable-runs');
    const narrow = Uint8Array.from([0, 1, 2, 0, 255, ...Buffer.from(`token=${token}`), 0, 7]);
    const wide = Uint8Array.from([0, 1, 2, 0, 255, ...Buffer.from(`token=${token}`, 'utf16le'), 0, 0, 7]);
    assert.equal(decodeBytes(narrow).kind, 'binary');
    assert.ok(printableRuns(wide).includes(token));
    // Mostly UTF-16 bytes may be read as UTF-16 text instead: the token shows either way.
    for (const bytes of [narrow, wide]) {
      const decoded = decodeBytes(bytes);
      assert.ok((decoded.kind === 'binary' ? decoded.strings : decoded.text).includes(token), decoded.kind);
    }
  });
});
