// Ledger keying and matching of the accuracy yardstick (run: node --import tsx --test test/bench/accuracy/ledger.test.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { contextHash, formatRow, HEADER, matchLedger, parseLedger, type LedgerRow, type ScannedFinding } from './ledger.js';

const finding = (over: Partial<ScannedFinding>): ScannedFinding => ({
  repo: 'o/r',
  path: 'a.yml',
  line: 10,
  column: 11,
  endLine: 10,
  endColumn: 20,
  detector: 'generic.password',
  testFile: false,
  context: 'x',
  ...over,
});
const row = (over: Partial<LedgerRow>): LedgerRow => ({
  repo: 'o/r',
  path: 'a.yml',
  line: 10,
  detector: 'generic.password',
  label: 'example',
  testFile: false,
  context: 'x',
  reason: 'r',
  ...over,
});

test('the context hash ignores the flagged span and blank changes, not the words around it', () => {
  const a = contextHash('password: hunter2-a  # dev', 11, 20);
  assert.equal(a, contextHash('password:   zz  # dev', 13, 15));
  assert.notEqual(a, contextHash('passwd: hunter2-a  # dev', 9, 18));
});

test('rows match by context first, then by line within the tolerance; missed rows take any detector', () => {
  const rows = [
    row({ context: 'h1', line: 50 }),
    row({ line: 12, context: 'old' }),
    row({ detector: 'missed', label: 'real', line: 30, context: '-' }),
    row({ label: 'real', line: 90, context: 'gone' }),
  ];
  const findings = [
    finding({ context: 'h1', line: 55 }),
    finding({ line: 10, context: 'new' }),
    finding({ detector: 'generic.secret', line: 31 }),
    finding({ line: 70, context: 'none' }),
  ];
  const matched = matchLedger(rows, findings);
  assert.deepEqual(
    matched.findings.map((m) => m.row && rows.indexOf(m.row)),
    [0, 1, 2, undefined],
  );
  assert.deepEqual(matched.lostReal, [rows[3]]);
});

test('the ledger file round-trips and reports malformed rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const file = join(dir, 'ledger.tsv');
  const good = row({ testFile: true });
  writeFileSync(file, `# comment\n${HEADER.join('\t')}\n${formatRow(good)}\no/r\ta\t1\td\tmaybe\tno\tc\treason\n`);
  const parsed = parseLedger(file);
  assert.deepEqual(parsed.rows, [good]);
  assert.equal(parsed.errors.length, 1);
  assert.match(parsed.errors[0]!, /label "maybe"/);
});
