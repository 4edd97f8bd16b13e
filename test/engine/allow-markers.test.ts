/**
 * Inline allow markers count only inside a comment of the file's language, and only for the secret
 * on that line — or, written `leakproof:allow-next-line`, on the line below (issue 8 item 8). A
 * marker inside a string (a minified bundle, a fixture, a log message) allowlists nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, Scanner, type Finding } from '../../server/src/engine/index.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';

const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all' });
const T1 = fakeGithubToken('ghp_', 'allow-marker-1');
const T2 = fakeGithubToken('ghp_', 'allow-marker-2');

function tokenFindings(text: string, path: string): Finding[] {
  return scanner.scan({ text, path }).findings.filter((f) => f.detectorId === 'github.pat-classic');
}

/** For each token finding, in order: allowlisted or not. */
function allowed(text: string, path: string): boolean[] {
  return tokenFindings(text, path).map((f) => f.insights.some((i) => i.kind === 'allowlisted'));
}

describe('inline allow markers: only in comments', () => {
  const cases: { name: string; path: string; text: string; expect: boolean[] }[] = [
    { name: 'TypeScript line comment', path: 'src/a.ts', text: `const t = "${T1}"; // leakproof:allow\n`, expect: [true] },
    { name: 'TypeScript block comment', path: 'src/a.ts', text: `const t = "${T1}"; /* gitleaks:allow */\n`, expect: [true] },
    {
      name: 'TypeScript: marker in a string',
      path: 'src/a.ts',
      text: `const t = "${T1}"; const note = "leakproof:allow";\n`,
      expect: [false],
    },
    {
      name: 'TypeScript: // inside a string is not a comment',
      path: 'src/a.ts',
      text: `const t = "${T1}"; const u = "http://x // leakproof:allow";\n`,
      expect: [false],
    },
    {
      name: 'minified bundle: marker in a string allowlists nothing on the line',
      path: 'dist/app.min.js',
      text: `var a="leakproof:allow",b="${T1}",c='${T2}';\n`,
      expect: [false, false],
    },
    { name: 'Python hash comment', path: 'app.py', text: `TOKEN = "${T1}"  # pragma: allowlist secret\n`, expect: [true] },
    { name: 'Python: marker after # inside the string', path: 'app.py', text: `TOKEN = "${T1} # trufflehog:ignore"\n`, expect: [false] },
    { name: 'Python f-string holding the marker', path: 'app.py', text: `TOKEN = "${T1}"; log(f"ggignore")\n`, expect: [false] },
    { name: 'YAML comment after a blank', path: 'config.yml', text: `token: ${T1} # ggignore\n`, expect: [true] },
    { name: 'YAML: # without a blank is part of the value', path: 'config.yml', text: `token: ${T1}#leakproof:allow\n`, expect: [false] },
    { name: 'YAML: marker inside a quoted value', path: 'config.yml', text: `token: "${T1} # leakproof:allow"\n`, expect: [false] },
    { name: 'SQL comment', path: 'seed.sql', text: `INSERT INTO t VALUES ('${T1}'); -- leakproof:allow\n`, expect: [true] },
    {
      name: 'SQL: marker in a string literal',
      path: 'seed.sql',
      text: `INSERT INTO t VALUES ('${T1}', '-- leakproof:allow');\n`,
      expect: [false],
    },
    { name: 'Markdown HTML comment', path: 'README.md', text: `Use ${T1} to try it <!-- leakproof:allow -->\n`, expect: [true] },
    {
      name: 'Markdown prose mentioning the marker',
      path: 'README.md',
      text: `Use ${T1}; don't write leakproof:allow here\n`,
      expect: [false],
    },
    { name: 'shell comment', path: 'deploy.sh', text: `export TOKEN='${T1}' # leakproof:allow\n`, expect: [true] },
    {
      name: 'the marker covers its own line only',
      path: 'src/a.ts',
      text: `const a = "${T1}"; // leakproof:allow\nconst b = "${T2}";\n`,
      expect: [true, false],
    },
    {
      name: 'allow-next-line covers the line below',
      path: 'src/a.ts',
      text: `// leakproof:allow-next-line\nconst a = "${T1}";\nconst b = "${T2}";\n`,
      expect: [true, false],
    },
    {
      name: 'a plain marker on the line above does not',
      path: 'src/a.ts',
      text: `// leakproof:allow\nconst a = "${T1}";\n`,
      expect: [false],
    },
    { name: 'JSDoc continuation line', path: 'src/a.ts', text: `/**\n * ${T1} leakproof:allow\n */\n`, expect: [true] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(allowed(c.text, c.path), c.expect);
    });
  }

  it('a marker on a line longer than 4 KiB (minified) is not honoured', () => {
    const text = `var pad="${'x'.repeat(5000)}",t="${T1}"; // leakproof:allow\n`;
    assert.deepEqual(allowed(text, 'dist/app.js'), [false]);
  });
});
