/**
 * `leakproof import` (issue 11 item 7): real allow files of other scanners on disk, in a real git
 * repository, carried over into .leakproof.json by the built CLI; the scan afterwards reports
 * exactly what those tools would still have reported, and the import says what it could not carry.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseToml } from '../../server/src/cli/import/toml.js';
import { leakproof, makeRepo, parseReport, token, write } from '../hooks/gitHelpers.js';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

interface Config {
  allowlist?: { hash?: string; path?: string; reason?: string }[];
  scan?: { exclude?: string[] };
  salt?: string;
}

function scanPaths(repo: string): string[] {
  const result = leakproof(repo, ['scan', '.', '--format', 'json']);
  return parseReport(result)
    .findings.map((f) => f.path)
    .sort();
}

describe('leakproof import', () => {
  it('carries gitleaks, detect-secrets and secretlint allow files over, and lists what it cannot', () => {
    const repo = makeRepo();
    const fixture = token('import-fixture');
    const byRegex = token('import-regex');
    const byStopword = token('import-stopword');
    const ignoredLine = token('import-ignore');
    const baselined = token('import-baseline');
    const audited = token('import-audited');
    const changed = token('import-changed');
    const kept = token('import-kept');
    const built = token('import-built');
    write(repo, {
      'test/fixtures/keys.ts': `export const fixture = "${fixture}";\n`,
      'src/regex.ts': `export const a = "${byRegex}";\n`,
      'src/stop.ts': `export const sandboxToken = "${byStopword}";\n`,
      'src/ignored.ts': `\nexport const b = "${ignoredLine}";\n`,
      'src/baselined.py': `TOKEN = "${baselined}"\n`,
      'src/audited.py': `TOKEN = "${audited}"\n`,
      'src/changed.py': `TOKEN = "${changed}"\n`,
      'src/kept.ts': `export const c = "${kept}";\n`,
      'dist/bundle.js': `var t="${built}";\n`,
      '.gitleaks.toml': [
        'title = "team config"',
        '[extend]',
        'useDefault = true',
        '',
        '[allowlist]',
        'description = "global"',
        'paths = [',
        "  '''^test/fixtures/''',  # fixtures",
        "  '''(?:a|b)+weird''',",
        ']',
        `regexes = ['''${byRegex.slice(0, 12)}''', "never-matches-anything"]`,
        `stopwords = ["${byStopword.slice(10, 18).toUpperCase()}", "nowhere-to-be-found"]`,
        'commits = ["0123456789abcdef0123456789abcdef01234567"]',
        '',
        '[[rules]]',
        'id = "team-token"',
        "regex = '''team_[a-z0-9]{32}'''",
        '[rules.allowlist]',
        'paths = ["docs/"]',
        '',
      ].join('\n'),
      '.gitleaksignore': [
        '# reviewed',
        '0123456789abcdef0123456789abcdef01234567:src/ignored.ts:github-pat:2',
        'src/gone.ts:github-pat:4',
        '',
      ].join('\n'),
      '.secrets.baseline': JSON.stringify({
        version: '1.5.0',
        results: {
          'src/baselined.py': [
            { type: 'GitHub Token', filename: 'src/baselined.py', hashed_secret: sha1(baselined), is_verified: false, line_number: 1 },
          ],
          'src/audited.py': [
            { type: 'GitHub Token', filename: 'src/audited.py', hashed_secret: sha1(audited), is_secret: true, line_number: 1 },
          ],
          'src/changed.py': [{ type: 'GitHub Token', filename: 'src/changed.py', hashed_secret: sha1('an older value'), line_number: 1 }],
        },
      }),
      '.secretlintignore': ['dist/', '!dist/keep.js', ''].join('\n'),
    });

    const imported = leakproof(repo, ['import']);
    assert.equal(imported.status, 0, imported.stderr);
    const report = imported.stderr;
    for (const secret of [fixture, byRegex, byStopword, ignoredLine, baselined, audited, changed, kept, built])
      assert.ok(!report.includes(secret), 'never a secret in the report');
    assert.match(report, /\.gitleaks\.toml: \d+ entries carried over/);
    assert.match(report, /path regex \(\?:a\|b\)\+weird — not a plain path/);
    assert.match(report, /\[allowlist\] regexes\[2\] \(ne\*+\) — it covers no current finding/);
    assert.match(report, /\[allowlist\] stopwords\[2\] \(no\*+\) — it covers no current finding/);
    assert.match(report, /commit 0123456789ab — leakproof allows secrets by hash, path or detector, not by commit/);
    assert.match(report, /custom rule "team-token"/);
    assert.match(report, /the allowlist of rule "team-token"/);
    assert.match(report, /src\/gone\.ts:4 — the file is not there any more/);
    assert.match(report, /src\/audited\.py:1 \(GitHub Token\) — audited as a real secret/);
    assert.match(report, /src\/changed\.py:1 — the value on that line is not the one the baseline recorded/);
    assert.match(report, /line 2 \(!dist\/keep\.js\) — a negation/);

    const config = JSON.parse(readFileSync(join(repo, '.leakproof.json'), 'utf8')) as Config;
    assert.match(config.salt ?? '', /^[0-9a-f]{32,}$/, 'hashes are salted with a repository salt it created');
    assert.ok(config.allowlist?.some((e) => e.path === 'test/fixtures/**'));
    assert.ok(config.allowlist?.filter((e) => e.hash).every((e) => /^(?:scrypt|hmac):[0-9a-f]{64}$/.test(e.hash!) && e.path));
    assert.deepEqual(config.scan?.exclude, ['**/dist/**']);

    // What the other tools still reported is what leakproof reports now.
    assert.deepEqual(
      scanPaths(repo),
      ['src/audited.py', 'src/changed.py', 'src/kept.ts'],
      leakproof(repo, ['scan', '.', '--no-color']).stdout,
    );

    // A second import adds nothing twice.
    const before = readFileSync(join(repo, '.leakproof.json'), 'utf8');
    const again = leakproof(repo, ['import']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(join(repo, '.leakproof.json'), 'utf8'), before);
  });

  it('--dry-run prints the entries and writes nothing; a broken TOML file is an error in words', () => {
    const repo = makeRepo();
    write(repo, { '.secretlintignore': 'build/\n', '.gitleaks.toml': '[allowlist]\npaths = [\n  "a",\n  "b"\n  "c"\n]\n' });
    const broken = leakproof(repo, ['import']);
    assert.equal(broken.status, 2);
    assert.match(
      broken.stderr,
      /\.gitleaks\.toml is not TOML leakproof can read: line 5, column 3: expected a comma "," or the closing "\]"/,
    );

    write(repo, { '.gitleaks.toml': '[allowlist]\npaths = ["a", "b"]\n' });
    const dry = leakproof(repo, ['import', '--dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    const planned = JSON.parse(dry.stdout) as Config;
    assert.deepEqual(planned.scan?.exclude, ['**/build/**']);
    assert.deepEqual(
      planned.allowlist?.map((e) => e.path),
      ['**/a', '**/a/**', '**/b', '**/b/**'],
    );
    assert.throws(() => readFileSync(join(repo, '.leakproof.json')), /ENOENT/);
  });

  it('reads the TOML a gitleaks configuration is written in', () => {
    const parsed = parseToml(
      [
        '# comment',
        'title = "x" # trailing',
        '[allowlist]',
        "regexes = ['''a\\.b''', 'c\\d', \"e\\\\f\"]",
        'paths = [',
        '  """multi""",',
        ']',
        '[[allowlists]]',
        'targetRules = ["r1"]',
        'condition = "AND"',
        '[[allowlists]]',
        'regexTarget = "line"',
        'inline = { a = 1, b.c = true }',
      ].join('\n'),
    );
    assert.deepEqual(parsed, {
      title: 'x',
      allowlist: { regexes: ['a\\.b', 'c\\d', 'e\\f'], paths: ['multi'] },
      allowlists: [
        { targetRules: ['r1'], condition: 'AND' },
        { regexTarget: 'line', inline: { a: 1, b: { c: true } } },
      ],
    });
    assert.throws(() => parseToml('a = "open\n'), /line 1, column \d+: a string that is not closed/);
    assert.throws(() => parseToml('a = 1\na = 2\n'), /line 2, column \d+: "a" is defined twice/);
  });
});
