/**
 * Precision on real code (issue 9 §2): word-built defaults, decoded Base64 values and one finding per
 * secret, through the real scanner with every built-in detector.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS, Scanner } from '../../server/src/engine/index.js';
import { fake } from '../../server/src/engine/fake.js';
import { B62 } from '../../server/src/engine/patterns.js';
import {
  isCredentialWordIdentifier,
  isWholeSequence,
  isWordBuiltDefault,
  pathWords,
  printableBase64,
} from '../../server/src/engine/post-validators/defaults.js';
import type { CandidateContext } from '../../server/src/engine/types.js';

const scanner = new Scanner(ALL_DETECTORS);

function candidate(value: string, name = '', path?: string): CandidateContext {
  return { value, groups: { name }, match: value, line: value, text: value, range: [0, value.length], ...(path ? { path } : {}) };
}

describe('word-built defaults', () => {
  it('spells defaults from the name, filler words, the path and leetspeak', () => {
    assert.ok(isWordBuiltDefault(candidate('minioadmin', 'MINIO_ROOT_PASSWORD')));
    assert.ok(isWordBuiltDefault(candidate('SuperSecretPassw0rd', 'password')));
    assert.ok(isWordBuiltDefault(candidate('test123456', 'password')));
    assert.ok(isWordBuiltDefault(candidate('somewordpress', 'MYSQL_ROOT_PASSWORD', 'wordpress/compose.yaml')));
    assert.ok(isWordBuiltDefault(candidate('cassandra', 'keystore_password', 'conf/cassandra.yaml')));
  });

  it('keeps passwords a person chose, and random ones', () => {
    // The product's word with a person's digits: the dev corpus labels such a password real.
    assert.equal(isWordBuiltDefault(candidate('Bastion!2024', 'ansible_become_password', 'host_vars/bastion-01.yml')), undefined);
    assert.equal(isWordBuiltDefault(candidate('Summer2024!', 'password')), undefined);
    assert.equal(isWordBuiltDefault(candidate(fake(B62, 18, 'wb'), 'password', 'wordpress/compose.yaml')), undefined);
    // Five digits that are not a run: not a default.
    assert.equal(isWordBuiltDefault(candidate('admin58203', 'password')), undefined);
  });

  it('path words are the segments and file names, with separators removed too', () => {
    const words = new Set(pathWords('volumes/storage-os/storageos-secret.yaml'));
    for (const word of ['volumes', 'storage', 'storageos', 'secret']) assert.ok(words.has(word), word);
    assert.ok(!words.has('os') && !words.has('yaml'), 'short words and the extension are left out');
  });

  it('identifiers naming a credential and whole sequences', () => {
    for (const value of ['jiraToken', 'custom_pass', 'invalid.token', 'sgc-passwd'])
      assert.ok(isCredentialWordIdentifier(candidate(value)), value);
    for (const value of ['Depot-Gateway-77', 'hunter2', fake(B62, 20, 'ci')])
      assert.equal(isCredentialWordIdentifier(candidate(value)), undefined, value);
    for (const value of ['12345', '987654321', 'abcd']) assert.ok(isWholeSequence(candidate(value)), value);
    assert.equal(isWholeSequence(candidate('12358')), undefined);
  });

  it('reads Base64 of printable text only', () => {
    assert.equal(printableBase64(Buffer.from('storageos').toString('base64')), 'storageos');
    assert.equal(printableBase64(Buffer.from([0xff, 0x10, 0x80, 0x00, 0x7f, 0x91]).toString('base64')), undefined);
    assert.equal(printableBase64('not base64!'), undefined);
  });
});

describe('one finding per secret (multi-part findings, issue 9)', () => {
  const password = `${fake(B62, 14, 'stack')}-7`;

  it('a compose stack reports its password once, on the password line, not once per URI detector', () => {
    const text = [
      'services:',
      '  app:',
      '    environment:',
      `      DATABASE_URL: mysql://root:${password}@db:3306/mysql`,
      '  db:',
      '    environment:',
      `      MYSQL_ROOT_PASSWORD: ${password}`,
      '',
    ].join('\n');
    const findings = scanner.scan({ text, path: 'compose.yml' }).findings;
    assert.equal(findings.length, 1, findings.map((f) => f.detectorId).join(', '));
    assert.equal(findings[0]!.detectorId, 'database.password');
    assert.equal(text.slice(0, findings[0]!.range[0]).split('\n').length, 7, 'the password line');
  });

  it('a URI alone is still reported, and a value standing on its own twice is reported twice', () => {
    const uriOnly = scanner.scan({ text: `DATABASE_URL=mysql://shop:${password}@mysql.prod.internal:3306/shop\n`, path: '.env' });
    assert.deepEqual(
      uriOnly.findings.map((f) => f.detectorId),
      ['mysql.uri'],
    );
    const token = fake(B62, 40, 'twice');
    const text = `access_token = "${token}"\nheaders = {"Authorization": "Bearer ${token}"}\n`;
    assert.equal(scanner.scan({ text, path: 'client.py' }).findings.length, 2);
  });
});
