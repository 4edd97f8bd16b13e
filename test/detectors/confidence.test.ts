/** Confidence derived by the kit (issue 9 "Confidence"): exact prefixes read from real patterns, and every detector has one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, DETECTORS_BY_ID } from '../../server/src/engine/index.js';
import {
  contextual,
  defineDetector,
  derivedConfidence,
  isDistinctivePrefix,
  literalPrefixOf,
  token,
  uri,
  B62,
} from '../../server/src/engine/detectors/kit/index.js';

const GUIDE = { grants: 'test', revoke: 'test' };

describe('literalPrefixOf reads the literal start of the secret', () => {
  const cases: [RegExp, string][] = [
    [/(?<![A-Za-z0-9_])(?<secret>(?:ghp_)[A-Za-z0-9]{36})(?![A-Za-z0-9])/, 'ghp_'],
    [/(?<![A-Za-z0-9_])(?<secret>amzn\.oa2-cs\.v1\.[0-9a-f]{64})/, 'amzn.oa2-cs.v1.'],
    [/(?<secret>-----BEGIN RSA PRIVATE KEY-----[\s\S]+?-----END)/, '-----BEGIN'],
    [/(?<secret>(?:sk_live_|rk_live_)[A-Za-z0-9]{24})/, 'sk_live_'],
    [/(?<secret>(?:hcaik_|hcx_)[a-z0-9]{50})/, 'hcx_'],
    [/(?<secret>FLWSECK(?:_TEST)?-[0-9a-f]{32})/, 'FLWSECK'],
    [/(?<secret>abcd?[0-9]{8})/, 'abc'],
    [/(?<secret>[0-9a-f]{32})/, ''],
    [/\bAPI-[A-Z0-9]{26}/, 'API-'],
  ];
  for (const [pattern, prefix] of cases)
    it(`${pattern.source.slice(0, 50)} → "${prefix}"`, () => assert.equal(literalPrefixOf(pattern), prefix));
});

describe('isDistinctivePrefix', () => {
  for (const prefix of ['ghp_', 'AKIA', 'SG.', 'hf_', 'glpat-', 'https://hooks.slack.com/'])
    it(`"${prefix}" names its provider`, () => assert.equal(isDistinctivePrefix(prefix), true));
  for (const prefix of ['sk_', 'sk-', 'live', 'api-', 'key-', 'abc', 'https://', 'http', ''])
    it(`"${prefix}" does not`, () => assert.equal(isDistinctivePrefix(prefix), false));
  it('a case-insensitive pattern never counts', () => assert.equal(isDistinctivePrefix('acme_', 'i'), false));
});

describe('the builders and defineDetector derive confidence', () => {
  it('token with a distinctive prefix is high; with a shared one, medium', () => {
    assert.equal(token({ id: 'acme.token', title: 'ACME', prefix: 'acme_', alphabet: B62, length: 32, guide: GUIDE }).confidence, 'high');
    assert.equal(token({ id: 'acme.key', title: 'ACME', prefix: 'sk_', alphabet: B62, length: 32, guide: GUIDE }).confidence, 'medium');
  });
  it('contextual and uri are medium even with a literal in front', () => {
    assert.equal(
      contextual({
        id: 'acme.secret',
        title: 'ACME',
        keywords: ['acme'],
        providers: ['acme'],
        kinds: ['secret'],
        value: 'acme_[0-9a-f]{32}',
        guide: GUIDE,
      }).confidence,
      'medium',
    );
    assert.equal(uri({ id: 'acme.uri', title: 'ACME', keywords: ['acme://'], schemes: 'acme', guide: GUIDE }).confidence, 'medium');
  });
  it('generic is low; an explicit confidence wins', () => {
    assert.equal(
      defineDetector({ id: 'x.y', title: 'x', kind: 'generic', keywords: [], pattern: /(?<secret>ghp_x+)/, guide: GUIDE }).confidence,
      'low',
    );
    assert.equal(
      defineDetector({ id: 'x.z', title: 'x', keywords: [], pattern: /(?<secret>[0-9]{9})/, confidence: 'high', guide: GUIDE }).confidence,
      'high',
    );
    assert.equal(derivedConfidence('specific', /(?<secret>[0-9a-f]{40})/), 'medium');
  });
});

describe('every built-in detector has a confidence', () => {
  it('generic detectors are low, specific ones never are', () => {
    for (const detector of ALL_DETECTORS) {
      assert.ok(['low', 'medium', 'high'].includes(detector.confidence), detector.id);
      assert.equal(detector.confidence === 'low', detector.kind === 'generic', detector.id);
    }
  });
  it('known detectors land where they should', () => {
    const expected: Record<string, string> = {
      'github.pat-classic': 'high',
      'aws.access-key-id': 'high',
      'pem.rsa-private-key': 'high',
      'slack.webhook-url': 'high',
      'crypto.wif-private-key': 'high',
      'plaid.secret': 'medium',
      'postgres.uri': 'medium',
      'aws.secret-access-key': 'medium',
      'generic.password': 'low',
      'generic.secret': 'low',
    };
    for (const [id, level] of Object.entries(expected)) assert.equal(DETECTORS_BY_ID.get(id)?.confidence, level, id);
  });
  it('both high and medium are well represented (the derivation is not degenerate)', () => {
    const high = ALL_DETECTORS.filter((d) => d.confidence === 'high').length;
    const medium = ALL_DETECTORS.filter((d) => d.confidence === 'medium').length;
    assert.ok(high > 150 && medium > 150, `high ${high}, medium ${medium}`);
  });
});
