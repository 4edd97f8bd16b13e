// Accuracy gate (issue 2): scan the labelled dev corpus with the built CLI and score it.
// The thresholds rise as the engine improves; they never fall. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '..', 'shared', 'corpus');
const MIN_RECALL = process.env.LEAKPROOF_MIN_RECALL ?? '0.97';
const MIN_PRECISION = process.env.LEAKPROOF_MIN_PRECISION ?? '0.97';

if (!existsSync(join(corpus, 'score.mjs'))) {
  console.error(`accuracy: ${corpus} not found (../shared/corpus must sit beside the project)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const scan = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', join(corpus, 'dev', 'corpus'), '--format', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (scan.status !== 0 && scan.status !== 1) {
  console.error(scan.stderr);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
mkdirSync(join(root, '.tmp'), { recursive: true });
const findingsFile = join(root, '.tmp', 'dev-corpus-findings.json');
writeFileSync(findingsFile, scan.stdout);
const args = [
  join(corpus, 'score.mjs'),
  join(corpus, 'dev', 'manifest.jsonl'),
  findingsFile,
  '--min-recall',
  MIN_RECALL,
  '--min-precision',
  MIN_PRECISION,
];
let passed = true;
try {
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
} catch (error) {
  process.stdout.write(error.stdout ?? '');
  process.stderr.write(error.stderr ?? '');
  passed = false;
}
console.log(`accuracy gate (recall >= ${MIN_RECALL}, precision >= ${MIN_PRECISION}): ${passed ? 'met' : 'NOT met'}`);
console.log(passed ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(passed ? 0 : 1);
