/** Engine API details the CLI tests do not reach: region scans, redaction, config parsing, prefilter. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_DETECTORS, Scanner, redact } from '../../server/src/engine/index.js';
import { ConfigError, parseConfig, resolveDetectors } from '../../server/src/engine/config.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fakePem } from '../../server/src/engine/fake.js';
import { KeywordAutomaton } from '../../server/src/engine/prefilter.js';
import { ROOT } from '../helpers.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

const scanner = new Scanner(ALL_DETECTORS);

describe('region scans (incremental editor scanning)', () => {
  const filler = Array.from({ length: 200 }, (_, i) => `const value${i} = compute(${i});`);
  const lines = [...filler.slice(0, 100), `const token = "${fakeGithubToken('ghp_', 'region')}";`, ...filler.slice(100)];
  const text = lines.join('\n');
  const tokenLine = text.indexOf('const token');

  it('answers for a window of whole lines around the region, with absolute ranges equal to a full scan', () => {
    const full = scanner.scan({ text }).findings;
    assert.equal(full.length, 1);
    const result = scanner.scan({ text }, [tokenLine + 5, tokenLine + 6]);
    assert.deepEqual(
      result.findings.map((f) => f.range),
      full.map((f) => f.range),
    );
    const [windowStart, windowEnd] = result.window!;
    assert.ok(windowStart < tokenLine && windowEnd > tokenLine + 60);
    assert.equal(text[windowStart - 1], '\n', 'the window starts at a line start');
    assert.ok(windowEnd - windowStart < text.length / 3, 'and stays small');
    const far = scanner.scan({ text }, [0, 10]);
    assert.deepEqual(far.findings, []);
    assert.equal(far.window![0], 0);
  });

  it('runs document-scoped detectors whose keyword sits outside the window when told the document keywords', () => {
    const discord = ALL_DETECTORS.find((d) => d.id === 'discord.bot-token')!;
    const token = parseExample(examplesOf(discord).positive[1]!).text.split('"')[1]!;
    const doc = ['import discord', ...filler.slice(0, 80), `client.run("${token}")`, ...filler.slice(0, 10)].join('\n');
    const at = doc.indexOf('client.run');
    const full = scanner.scan({ text: doc });
    assert.deepEqual(
      full.findings.map((f) => f.detectorId),
      ['discord.bot-token'],
    );
    assert.deepEqual(scanner.scan({ text: doc }, [at, at + 1]).findings, [], 'the keyword is 80 lines above the window');
    const region = scanner.scan({ text: doc }, [at, at + 1], { documentKeywords: full.keywords ?? [] });
    assert.deepEqual(
      region.findings.map((f) => f.range),
      full.findings.map((f) => f.range),
    );
  });

  it('widens the region to the whole key block when an edit lands inside a PEM body', () => {
    const pem = fakePem('PRIVATE KEY', 1200, 'region');
    const doc = `${filler.slice(0, 50).join('\n')}\n${pem}\n${filler.slice(0, 50).join('\n')}`;
    const full = scanner.scan({ text: doc }).findings.filter((f) => f.detectorId.startsWith('pem.'));
    assert.equal(full.length, 1);
    const middle = doc.indexOf(pem) + Math.floor(pem.length / 2);
    const region = scanner.scan({ text: doc }, [middle, middle + 1]).findings.filter((f) => f.detectorId.startsWith('pem.'));
    assert.deepEqual(
      region.map((f) => f.range),
      full.map((f) => f.range),
    );
  });
});

describe('redaction', () => {
  it('shows at most the provider prefix plus two characters, never the length, nothing of short values', () => {
    const token = fakeGithubToken('ghp_', 'redact');
    assert.equal(redact(token), `ghp_${token.slice(4, 6)}********`);
    assert.equal(redact('hunter22'), '********');
    assert.equal(redact('Summer2024!'), '********');
    assert.equal(redact('abc'), '********');
    // Same shape whatever the length: the mask never tells how long the value is.
    assert.equal(redact('q'.repeat(20)).length, redact('q'.repeat(200)).length);
    assert.equal(redact(fakePem('RSA PRIVATE KEY', 300)), '-----BEGIN RSA PRIVATE KEY-----…');
  });
});

describe('keyword prefilter', () => {
  it('finds every keyword occurrence case-insensitively in one pass, overlapping ones included', () => {
    const automaton = new KeywordAutomaton(['ghp_', 'AKIA', 'pass', 'password', 'sword']);
    const hits = automaton.search('x GHP_ y akia PassWord');
    assert.deepEqual(hits.positions[0], [2]);
    assert.deepEqual(hits.positions[1], [9]);
    assert.deepEqual(hits.positions[2], [14]);
    assert.deepEqual(hits.positions[3], [14]);
    assert.deepEqual(hits.positions[4], [17]);
  });

  it('runs only the detectors whose keywords occur', () => {
    const calls: string[] = [];
    const spy = ALL_DETECTORS.slice(0, 40).map((d) => ({ ...d, post: [...(d.post ?? []), () => (calls.push(d.id), undefined)] }));
    new Scanner(spy).scan({ text: 'nothing to see here\n'.repeat(100) });
    assert.deepEqual(calls, []);
  });
});

describe('configuration', () => {
  it('parses the example in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /## Configuration[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'README has a jsonc configuration example');
    const config = parseConfig(block, 'README.md');
    assert.equal(config.allowlist.length, 3);
    assert.equal(config.customDetectors[0]?.id, 'acme.api-key');
    const detectors = resolveDetectors(config);
    assert.ok(!detectors.some((d) => d.id === 'generic.secret'));
    assert.ok(detectors.some((d) => d.id === 'acme.api-key'));
    assert.equal(detectors.length, ALL_DETECTORS.length, 'one disabled, one added: the defaults are extended, not replaced');
  });

  it('names the position of every problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['{ "allowlist": 3 }', /1:16: "allowlist" must be an array/],
      ['{ "unknown": true }', /1:3: unknown property "unknown"/],
      ['{\n "customDetectors": [{ "id": "x", "regex": "(" }]\n}', /2:44: invalid regex for "x"/],
      ['{ "scan": { "maxFileSize": -1 } }', /1:28: "scan.maxFileSize" must be a positive integer/],
      ['{ "allowlist": [ {} ] }', /1:18: an allowlist entry needs/],
      ['{ oops', /1:3: invalid JSON/],
    ];
    for (const [text, expected] of cases) {
      assert.throws(
        () => parseConfig(text, 'c.json'),
        (error: unknown) => error instanceof ConfigError && expected.test(error.message),
        text,
      );
    }
  });
});
