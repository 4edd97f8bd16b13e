/** The staged scan's line diff: minimal like `git diff --minimal`, bounded on huge rewrites. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addedLineFlags } from '../../server/src/cli/lineDiff.js';
import { tempTree } from '../helpers.js';
import { MAX_GROWTH, growthOf } from '../engine/growth.js';

const added = (before: string[], after: string[]) => [...addedLineFlags(before, after)].flatMap((flag, i) => (flag ? [i] : []));

/** Unflagged lines of `after` must be an in-order subsequence of `before` (they are matched lines). */
function isMatching(before: string[], after: string[], flags: Uint8Array): boolean {
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    if (flags[j]) continue;
    while (i < before.length && before[i] !== after[j]) i++;
    if (i++ >= before.length) return false;
  }
  return true;
}

describe('addedLineFlags', () => {
  it('finds inserted and changed lines, not moved context', () => {
    assert.deepEqual(added(['a', 'b', 'c'], ['a', 'x', 'b', 'c']), [1]);
    assert.deepEqual(added(['a', 'b', 'c'], ['a', 'B', 'c']), [1]);
    assert.deepEqual(added([], ['a', 'b']), [0, 1]);
    assert.deepEqual(added(['a', 'b'], []), []);
    assert.deepEqual(added(['a', 'b', 'c'], ['c', 'a', 'b']), [0]);
  });

  it('ignores a trailing carriage return (a CRLF-only change adds nothing)', () => {
    assert.deepEqual(added(['a', 'b', ''], ['a\r', 'b\r', '']), []);
  });

  it('adds as few lines as git diff --minimal on random edits', () => {
    const dir = tempTree();
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 150; round++) {
      const before = Array.from({ length: 1 + Math.floor(random() * 40) }, () => `line ${Math.floor(random() * 10)}`);
      const after = before.filter(() => random() > 0.2).flatMap((l) => (random() < 0.2 ? [l, `new ${Math.floor(random() * 6)}`] : [l]));
      after.push('end');
      writeFileSync(join(dir, 'a'), `${before.join('\n')}\n`);
      writeFileSync(join(dir, 'b'), `${after.join('\n')}\n`);
      const numstat = spawnSync('git', ['diff', '--no-index', '--minimal', '--numstat', join(dir, 'a'), join(dir, 'b')], {
        encoding: 'utf8',
      }).stdout;
      const flags = addedLineFlags(before, after);
      assert.equal(
        flags.reduce((n, f) => n + f, 0),
        Number(numstat.split('\t')[0] ?? 0),
        `round ${round}`,
      );
      assert.ok(isMatching(before, after, flags), `round ${round}: matched lines keep their order`);
    }
  });

  it('stays bounded on a complete rewrite of a large file (falls back to a multiset comparison)', { timeout: 120_000 }, () => {
    const rewrite = (length: number) => {
      const before = Array.from({ length }, (_, i) => `old ${i}`);
      const after = Array.from({ length }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`));
      return { before, after: after.reverse() };
    };
    // Linear, not quadratic: CPU time on n and 4n lines measured in the same run (the size is the text length).
    const growth = growthOf(
      (text) => {
        const { before, after } = rewrite(text.length);
        addedLineFlags(before, after);
      },
      (size) => 'x'.repeat(size),
      3750,
      60000,
    );
    if (growth.ratio !== undefined) assert.ok(growth.ratio <= MAX_GROWTH, `${growth.ratio.toFixed(1)}× for 4× the lines`);
    const { before, after } = rewrite(60000);
    const flags = addedLineFlags(before, after);
    assert.equal(
      flags.reduce((n, f) => n + f, 0),
      30000,
      'exactly the new lines',
    );
  });
});
