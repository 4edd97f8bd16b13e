/**
 * The pure helpers behind the quick fixes: comment syntax per language (and where a trailing
 * comment is impossible), environment lookups, variable names, literals, `.env` lines, imports,
 * and the documentation anchor shared with the client.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowCommentEdit, languageOf } from '../../server/src/comments.js';
import {
  deriveEnvName,
  dotenvLine,
  envLookup,
  importInsertion,
  literalAround,
  nameFromDetector,
  toEnvName,
} from '../../server/src/environment.js';
import { detectorAnchor, detectorDocUri } from '../../server/src/protocol.js';
import { normalizeSettings, severityFor } from '../../server/src/settings.js';

function applied(line: string, language: string): string {
  const edit = allowCommentEdit(line, language);
  assert.equal(edit.kind, 'insert', `${language}: ${line}`);
  if (edit.kind !== 'insert') return line;
  return line.slice(0, edit.character) + edit.text + line.slice(edit.character);
}

describe('allow comments', () => {
  it("uses each language's comment syntax", () => {
    assert.equal(applied('const t = "x";', 'typescript'), 'const t = "x";  // leakproof:allow');
    assert.equal(applied('t = "x"', 'python'), 't = "x"  # leakproof:allow');
    assert.equal(applied('token: abc', 'yaml'), 'token: abc  # leakproof:allow');
    assert.equal(applied("SELECT 'x';", 'sql'), "SELECT 'x';  -- leakproof:allow");
    assert.equal(applied('token abc', 'markdown'), 'token abc  <!-- leakproof:allow -->');
    assert.equal(applied('a { b: "x" }', 'css'), 'a { b: "x" }  /* leakproof:allow */');
    assert.equal(applied('export T=abc   ', 'shellscript'), 'export T=abc  # leakproof:allow   ');
  });

  it('merges with a comment already on the line, and stacks after tool directives', () => {
    assert.equal(applied('t = "x"  # rotate soon', 'python'), 't = "x"  # rotate soon leakproof:allow');
    assert.equal(applied('t = "x"  # noqa: S105', 'python'), 't = "x"  # noqa: S105  # leakproof:allow');
    assert.equal(applied('const t = "x"; // TODO', 'typescript'), 'const t = "x"; // TODO leakproof:allow');
    assert.equal(applied('const t = "x"; /* old */ f();', 'typescript'), 'const t = "x"; /* old */ f();  // leakproof:allow');
    assert.equal(applied('token abc <!-- staging -->', 'markdown'), 'token abc <!-- staging leakproof:allow -->');
    assert.equal(applied('url = "https://a//b"', 'python'), 'url = "https://a//b"  # leakproof:allow');
    assert.equal(applied('const u = "http://x"; ', 'javascript'), 'const u = "http://x";  // leakproof:allow ');
  });

  it('refuses where a trailing comment would change the file', () => {
    for (const [line, language] of [
      ['"token": "x"', 'json'],
      ['password=x', 'properties'],
      ['MIIE...', 'pem'],
      ['const t = `multi', 'typescript'],
      ['KEY = """-----BEGIN', 'python'],
    ] as const) {
      assert.equal(allowCommentEdit(line, language).kind, 'impossible', `${language}: ${line}`);
    }
    assert.equal(allowCommentEdit("name: it's fine", 'yaml').kind, 'insert', 'an apostrophe inside a plain YAML value is no quote');
    assert.equal(allowCommentEdit('x = 1 # leakproof:allow', 'python').kind, 'impossible', 'already there');
  });

  it('guesses the language from the file name when the client says plaintext', () => {
    assert.equal(languageOf('plaintext', '/p/.env.local'), 'dotenv');
    assert.equal(languageOf('sh', '/p/.env'), 'sh');
    assert.equal(languageOf('plaintext', '/p/key.pem'), 'pem');
    assert.equal(languageOf('typescript', '/p/a.txt'), 'typescript');
  });
});

describe('move to an environment variable', () => {
  it("writes each language's lookup", () => {
    assert.equal(envLookup('js', 'GITHUB_TOKEN', true), 'process.env.GITHUB_TOKEN');
    assert.equal(envLookup('python', 'GITHUB_TOKEN', true), 'os.environ["GITHUB_TOKEN"]');
    assert.equal(envLookup('go', 'GITHUB_TOKEN', true), 'os.Getenv("GITHUB_TOKEN")');
    assert.equal(envLookup('java', 'GITHUB_TOKEN', true), 'System.getenv("GITHUB_TOKEN")');
    assert.equal(envLookup('csharp', 'GITHUB_TOKEN', true), 'Environment.GetEnvironmentVariable("GITHUB_TOKEN")');
    assert.equal(envLookup('ruby', 'GITHUB_TOKEN', true), 'ENV["GITHUB_TOKEN"]');
    assert.equal(envLookup('php', 'GITHUB_TOKEN', true), "getenv('GITHUB_TOKEN')");
    assert.equal(envLookup('shell', 'GITHUB_TOKEN', true), '"$GITHUB_TOKEN"');
    assert.equal(envLookup('yaml', 'GITHUB_TOKEN', false), '${GITHUB_TOKEN}');
    assert.equal(envLookup('yaml', 'GITHUB_TOKEN', true), '"${GITHUB_TOKEN}"');
  });

  it('names the variable after what the value is assigned to, or the detector', () => {
    assert.equal(toEnvName('githubToken'), 'GITHUB_TOKEN');
    assert.equal(toEnvName('APIKey'), 'API_KEY');
    assert.equal(toEnvName('$db-password'), 'DB_PASSWORD');
    assert.equal(deriveEnvName('const githubToken = ', 'github.pat-classic', 'specific'), 'GITHUB_TOKEN');
    assert.equal(deriveEnvName('  "apiKey": ', 'stripe.secret-key', 'specific'), 'STRIPE_API_KEY');
    assert.equal(deriveEnvName('self.db_password = ', 'generic.password', 'generic'), 'DB_PASSWORD');
    assert.equal(deriveEnvName('$token = ', 'slack.bot-token', 'specific'), 'SLACK_TOKEN');
    assert.equal(deriveEnvName('client.run(', 'discord.bot-token', 'specific'), 'DISCORD_TOKEN');
    assert.equal(nameFromDetector('github.pat-classic'), 'GITHUB_TOKEN');
    assert.equal(nameFromDetector('generic.password'), 'PASSWORD');
    assert.equal(nameFromDetector('slack.webhook-url'), 'SLACK_WEBHOOK_URL');
  });

  it('replaces the whole literal only', () => {
    const text = 'a = "SECRET"; b = r\'SECRET\'; c = "x SECRET"; d: SECRET';
    const at = (n: number) => {
      let index = -1;
      for (let i = 0; i <= n; i++) index = text.indexOf('SECRET', index + 1);
      return index;
    };
    assert.deepEqual(literalAround(text, at(0), at(0) + 6, 'js'), { start: at(0) - 1, end: at(0) + 7, quoted: true });
    assert.deepEqual(literalAround(text, at(1), at(1) + 6, 'python'), { start: at(1) - 2, end: at(1) + 7, quoted: true });
    assert.equal(literalAround(text, at(2), at(2) + 6, 'js'), undefined, 'part of a longer string');
    assert.deepEqual(literalAround(text, at(3), at(3) + 6, 'yaml'), { start: at(3), end: at(3) + 6, quoted: false });
    assert.equal(literalAround(text, at(3), at(3) + 6, 'js'), undefined, 'a bare value is not a JS literal');
  });

  it('writes .env lines that dotenv parsers read back unchanged', () => {
    assert.equal(dotenvLine('T', 'ghp_abc123'), 'T=ghp_abc123');
    assert.equal(dotenvLine('P', 'p@ss word#1'), "P='p@ss word#1'");
    assert.equal(dotenvLine('K', '-----BEGIN X-----\nABC\n-----END X-----'), 'K="-----BEGIN X-----\\nABC\\n-----END X-----"');
  });

  it('adds the import the lookup needs, once', () => {
    assert.deepEqual(importInsertion('#!/usr/bin/env python\n"""Doc."""\nimport sys\n', 'python'), { offset: 33, text: 'import os\n' });
    assert.equal(importInsertion('import os, sys\nx = 1\n', 'python'), undefined);
    assert.deepEqual(importInsertion('package main\n\nimport (\n\t"fmt"\n)\n', 'go'), { offset: 23, text: '\t"os"\n' });
    assert.equal(importInsertion('package main\n\nimport "os"\n', 'go'), undefined);
    assert.equal(importInsertion('const a = 1;', 'js'), undefined);
  });
});

describe('protocol and settings', () => {
  it('anchors detector documentation by id', () => {
    assert.equal(detectorAnchor('github.pat-classic'), 'github-pat-classic');
    assert.equal(detectorAnchor('AWS..Access_Key'), 'aws-access-key');
    assert.equal(detectorDocUri('file:///x/docs/detectors.md#old', 'aws.access-key-id'), 'file:///x/docs/detectors.md#aws-access-key-id');
  });

  it('normalises settings and maps severities (test files one step lower)', () => {
    const settings = normalizeSettings({
      severity: { specific: 'nonsense', generic: 'hint' },
      debounceMs: -5,
      exclude: ['a/**', 3],
      run: 'sometimes',
    });
    assert.equal(settings.severity.specific, 'error');
    assert.equal(settings.severity.generic, 'hint');
    assert.equal(settings.debounceMs, 0);
    assert.deepEqual(settings.exclude, ['a/**']);
    assert.equal(settings.run, 'onType');
    assert.equal(severityFor(settings, 'specific', false), 1);
    assert.equal(severityFor(settings, 'specific', true), 2);
    assert.equal(severityFor(settings, 'generic', true), 4);
    assert.equal(severityFor(normalizeSettings({ severity: { testFile: 'off' } }), 'specific', true), undefined);
  });
});
