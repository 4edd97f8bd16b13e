/**
 * The incremental pipeline (documents.ts) against the truth: after any sequence of edits, the
 * findings it holds equal a full scan of the current text. Documents are built from every
 * detector's positive examples (multi-line keys, multi-part secrets, Base64 …), then edited at
 * random — typing, deleting, pasting, moving lines — with a fixed seed, so a failure replays.
 * Results arriving for an older version (edits made while a scan was in flight) are covered too.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, type Finding } from '../../server/src/engine/index.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fakePem } from '../../server/src/engine/fake.js';
import { DocumentState, EDIT_BURST_LIMIT } from '../../server/src/documents.js';
import { InProcessExecutor, type ScannerSpec } from '../../server/src/scanning.js';
import { seededRandom as rng } from '../../server/src/engine/fake.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

const spec: ScannerSpec = { key: 'test', root: '/', toggles: {}, maxSize: 10 * 1024 * 1024, ignorePathFilters: true };
const executor = new InProcessExecutor();

const EXAMPLES = ALL_DETECTORS.flatMap((d) =>
  examplesOf(d)
    .positive.map(parseExample)
    .filter((e) => !e.path)
    .map((e) => e.text),
);
const FILLER = [
  'const a = compute(user, order);',
  '',
  '  // configuration below',
  'def handler(event):',
  '    return {"ok": True}',
  'url: https://example.com/path',
  'name = "plain value"',
];

function key(f: Finding): string {
  return `${f.detectorId}@${f.range[0]}-${f.range[1]}:${f.fingerprint.slice(0, 12)}:${f.insights.map((i) => i.kind).join(',')}`;
}

function settle(state: DocumentState, path?: string): void {
  for (let guard = 0; guard < 10; guard++) {
    const plan = state.takePlan();
    if (!plan) return;
    state.applyResult(
      plan.id,
      executor.scanNow({
        spec,
        text: plan.text,
        ...(path ? { path } : {}),
        ...(plan.regions ? { regions: plan.regions, documentKeywords: [...state.keywords] } : {}),
      }),
    );
  }
}

function fullScan(text: string, path?: string): string[] {
  return executor.scanNow({ spec, text, ...(path ? { path } : {}) })[0]!.findings.map(key);
}

function randomDocument(random: () => number, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const r = random();
    if (r < 0.25) out.push(EXAMPLES[Math.floor(random() * EXAMPLES.length)]!);
    else out.push(FILLER[Math.floor(random() * FILLER.length)]!);
  }
  return out.join('\n');
}

function randomEdit(random: () => number, text: string): { start: number; end: number; insert: string } {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.35) return { start: at, end: at, insert: 'abcdefXYZ0123456789_-="\n '[Math.floor(random() * 25)]! }; // typing
  if (r < 0.6) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 40)), insert: '' }; // deleting
  if (r < 0.8) return { start: at, end: at, insert: `\n${EXAMPLES[Math.floor(random() * EXAMPLES.length)]!}\n` }; // pasting
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  return { start: lineStart, end: lineEnd, insert: '' }; // clearing a line
}

function apply(state: DocumentState, edit: { start: number; end: number; insert: string }): void {
  const document = state.document;
  state.applyChanges(
    [{ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, text: edit.insert }],
    document.version + 1,
  );
}

describe('incremental scanning equals a full scan', () => {
  it('after random edits, one scan per edit', () => {
    const random = rng(20240611);
    for (let round = 0; round < 6; round++) {
      const state = new DocumentState('file:///doc.ts', 'typescript', 1, randomDocument(random, 60));
      settle(state);
      assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), 'initial');
      for (let step = 0; step < 40; step++) {
        apply(state, randomEdit(random, state.document.getText()));
        settle(state);
        assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), `round ${round} step ${step}`);
      }
    }
  });

  it('after bursts of edits scanned together (several dirty regions)', () => {
    const random = rng(777);
    const state = new DocumentState('file:///burst.py', 'python', 1, randomDocument(random, 120));
    settle(state);
    for (let burst = 0; burst < 25; burst++) {
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) apply(state, randomEdit(random, state.document.getText()));
      settle(state);
      assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), `burst ${burst}`);
    }
  });

  it('when edits arrive while a scan is in flight (results for an older version are mapped, never published stale)', () => {
    const random = rng(4242);
    const state = new DocumentState('file:///late.yaml', 'yaml', 1, randomDocument(random, 80));
    settle(state);
    for (let step = 0; step < 40; step++) {
      apply(state, randomEdit(random, state.document.getText()));
      const plan = state.takePlan()!;
      const results = executor.scanNow({ spec, text: plan.text, ...(plan.regions ? { regions: plan.regions } : {}) });
      // The user goes on typing before the result comes back.
      const later = 1 + Math.floor(random() * 3);
      for (let i = 0; i < later; i++) apply(state, randomEdit(random, state.document.getText()));
      state.applyResult(plan.id, results);
      assert.equal(state.isClean, false, 'not clean: the later edits are still to scan');
      settle(state);
      assert.equal(state.isClean, true);
      assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), `step ${step}`);
    }
  });

  it('after a burst longer than the edit limit, with and without a scan in flight', () => {
    const random = rng(5150);
    for (const inFlight of [false, true]) {
      const state = new DocumentState('file:///burst.yaml', 'yaml', 1, randomDocument(random, 80));
      settle(state);
      state.invalidate();
      const plan = inFlight ? state.takePlan() : undefined;
      if (inFlight) assert.ok(plan && state.takePlan() === undefined, 'one scan in flight, taken before the burst');
      for (let i = 0; i < EDIT_BURST_LIMIT + 50; i++) apply(state, randomEdit(random, state.document.getText()));
      if (plan) state.applyResult(plan.id, executor.scanNow({ spec, text: plan.text }));
      assert.equal(state.isClean, false, 'the burst is still to scan');
      assert.deepEqual(state.findings, [], 'nothing left from before the burst: an answer given now is never stale');
      settle(state);
      assert.equal(state.isClean, true);
      assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), `in flight: ${inFlight}`);
    }
  });

  it('typing a token character by character, then deleting part of it', () => {
    const token = fakeGithubToken('ghp_', 'typing');
    const state = new DocumentState('file:///t.ts', 'typescript', 1, 'const x = 1;\nconst token = "";\nconst y = 2;\n');
    settle(state);
    const at = state.document.getText().indexOf('""') + 1;
    for (let i = 0; i < token.length; i++) {
      apply(state, { start: at + i, end: at + i, insert: token[i]! });
      settle(state);
      assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()), `after ${i + 1} characters`);
    }
    assert.equal(state.findings.length, 1);
    assert.deepEqual(state.findings[0]!.range, [at, at + token.length]);
    apply(state, { start: at + 10, end: at + 14, insert: '' });
    settle(state);
    assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()));
    assert.equal(state.findings.filter((f) => f.detectorId === 'github.pat-classic').length, 0, 'the checksum no longer matches');
  });

  it('pasting a PEM key, then breaking it (its END line removed)', () => {
    const pem = fakePem('RSA PRIVATE KEY', 1200, 'incremental');
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    const state = new DocumentState('file:///k.py', 'python', 1, `${before}\nKEY = """\n"""\n${before}\n`);
    settle(state);
    const at = state.document.getText().indexOf('"""\n"""') + 4;
    apply(state, { start: at, end: at, insert: `${pem}\n` });
    settle(state);
    assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()));
    assert.equal(state.findings.filter((f) => /private-key/.test(f.detectorId)).length, 1);
    const text = state.document.getText();
    const endLine = text.indexOf('-----END');
    apply(state, { start: endLine, end: text.indexOf('\n', endLine) + 1, insert: '' });
    settle(state);
    assert.deepEqual(state.findings.map(key), fullScan(state.document.getText()));
    assert.equal(state.findings.filter((f) => /private-key/.test(f.detectorId)).length, 0);
  });
});
