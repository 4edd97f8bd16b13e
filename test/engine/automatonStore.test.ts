/**
 * Keyword automata kept between processes (engine/prefilter.ts, cli/userCache.ts): the tables loaded
 * from a store find exactly what freshly built ones find, and a store holding anything else — another
 * keyword list under the same name, a truncated or corrupted file — is ignored, never trusted. The CLI
 * test runs real processes with LEAKPROOF_CACHE_DIR pointing at a temp folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { seededRandom } from '../../server/src/engine/fake.js';
import { KeywordAutomaton, setAutomatonStore, type AutomatonStore } from '../../server/src/engine/prefilter.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';

class MemoryStore implements AutomatonStore {
  readonly files = new Map<string, Uint8Array>();
  load(name: string): Uint8Array | undefined {
    return this.files.get(name);
  }
  save(name: string, bytes: Uint8Array): void {
    this.files.set(name, bytes);
  }
}

const KEYWORDS = ['token', 'secret', 'api_key', 'PASS', 'ghp_', 'sk-live', 'key', 'password'];

function sampleText(): string {
  const random = seededRandom(3);
  const parts: string[] = [];
  for (let i = 0; i < 400; i++)
    parts.push(random() < 0.3 ? KEYWORDS[Math.floor(random() * KEYWORDS.length)]! : `w${Math.floor(random() * 1e6)}`);
  return parts.join(random() < 0.5 ? ' ' : '=');
}

function withStore<T>(store: AutomatonStore, run: () => T): T {
  setAutomatonStore(store);
  try {
    return run();
  } finally {
    setAutomatonStore(undefined);
  }
}

describe('keyword automaton store', () => {
  const expected = new KeywordAutomaton(KEYWORDS).search(sampleText());

  it('offers built tables to the store, and tables loaded from it find exactly what a built automaton finds', () => {
    const store = new MemoryStore();
    const built = withStore(store, () => KeywordAutomaton.fromStore(KEYWORDS));
    assert.equal(store.files.size, 1, 'the built tables were offered to the store');
    assert.deepEqual(built.search(sampleText()), expected);
    const saved = [...store.files.values()][0]!;
    const loaded = withStore(store, () => KeywordAutomaton.fromStore(KEYWORDS));
    assert.equal(store.files.size, 1);
    assert.equal([...store.files.values()][0], saved, 'loaded, not rebuilt and saved again');
    assert.deepEqual(loaded.search(sampleText()), expected);
  });

  it('ignores damaged tables and tables of another keyword list, rebuilding instead', () => {
    const recorder = new MemoryStore();
    withStore(recorder, () => KeywordAutomaton.fromStore(KEYWORDS));
    const good = [...recorder.files.values()][0]!;
    const foreign = new MemoryStore();
    withStore(foreign, () => KeywordAutomaton.fromStore(['token', 'secret']));
    const cases: [string, Uint8Array][] = [
      ['truncated', good.slice(0, good.byteLength - 8)],
      ['one byte flipped near the end', Uint8Array.from(good, (b, i) => (i === good.byteLength - 5 ? b ^ 1 : b))],
      ['one byte flipped in the transitions', Uint8Array.from(good, (b, i) => (i === good.byteLength >> 1 ? b ^ 4 : b))],
      ['another keyword list', [...foreign.files.values()][0]!],
      ['not ours at all', new TextEncoder().encode('not an automaton at all!')],
      ['empty', new Uint8Array(0)],
    ];
    for (const [label, bytes] of cases) {
      // The store answers every name with these bytes.
      let saved = 0;
      const liar: AutomatonStore = { load: () => bytes, save: () => void saved++ };
      const automaton = withStore(liar, () => KeywordAutomaton.fromStore(KEYWORDS));
      assert.deepEqual(automaton.search(sampleText()), expected, label);
      assert.equal(saved, 1, `${label}: rebuilt and offered again`);
    }
  });

  it('a store that throws costs a rebuild, never an error', () => {
    const broken: AutomatonStore = {
      load: () => {
        throw new Error('EACCES');
      },
      save: () => {
        throw new Error('EROFS');
      },
    };
    assert.deepEqual(withStore(broken, () => KeywordAutomaton.fromStore(KEYWORDS)).search(sampleText()), expected);
  });

  it('the CLI keeps the tables in LEAKPROOF_CACHE_DIR and finds the same secrets with them, or with a damaged file', () => {
    const cache = mkdtempSync(join(tmpdir(), 'lp-automaton-cache-'));
    const dir = mkdtempSync(join(tmpdir(), 'lp-automaton-scan-'));
    const file = join(dir, 'config.ts');
    writeFileSync(file, `export const token = "${fakeGithubToken('ghp_', 'automaton-store')}";\nconst password = "Xk2#vL9qPz!mW4";\n`);
    const scan = () => {
      const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli.js'), 'scan', file, '--format', 'json'], {
        env: { ...process.env, LEAKPROOF_CACHE_DIR: cache },
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(result.status, 1, result.stderr);
      return (JSON.parse(result.stdout) as { findings: { detector: string; line: number }[] }).findings.map(
        (f) => `${f.detector}:${f.line}`,
      );
    };
    // Files other installs and registry versions left: those written over 30 days ago go when this run writes its own.
    const leftovers = [
      'keywords-v1-old.bin',
      'keywords-v1-recent.bin',
      'cli-main-0123456789abcdef-1-2-v8-old.bin',
      'cli-main-fedcba9876543210-1-2-v8-recent.bin',
    ];
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const name of leftovers) {
      writeFileSync(join(cache, name), 'x');
      if (name.includes('-old')) utimesSync(join(cache, name), longAgo, longAgo);
    }
    const first = scan();
    assert.ok(first.length >= 1);
    for (const name of leftovers) assert.equal(existsSync(join(cache, name)), !name.includes('-old'), name);
    for (const name of leftovers) rmSync(join(cache, name), { force: true });
    const stored = readdirSync(cache).filter((name) => name.startsWith('keywords-'));
    assert.equal(stored.length, 1, `one table file in the cache: ${readdirSync(cache).join(', ')}`);
    assert.deepEqual(scan(), first, 'loaded from the store');
    const path = join(cache, stored[0]!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 3]! ^= 0xff;
    writeFileSync(path, bytes);
    assert.deepEqual(scan(), first, 'a damaged file is ignored and rebuilt');
  });
});
