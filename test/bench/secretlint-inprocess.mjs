// Runs under the peer's Node (22 for secretlint 13): secretlint kept loaded, full rescans of one file
// through @secretlint/core's lintSource with the recommended preset. Prints one JSON line.
// Usage: node secretlint-inprocess.mjs <peer dir> <file> <runs>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [peerDir, file, runsArg] = process.argv.slice(2);
const load = (name) => {
  const dir = join(peerDir, 'node_modules', name);
  const main = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).main ?? 'index.js';
  return import(pathToFileURL(join(dir, main)).href);
};
const { lintSource } = await load('@secretlint/core');
const { creator } = await load('@secretlint/secretlint-rule-preset-recommend');
const content = readFileSync(file, 'utf8');
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
const once = () => lintSource({ source: { filePath: file, content, contentType: 'text' }, options: { config } });
let findings = 0;
for (let i = 0; i < 3; i++) findings = (await once()).messages.length; // warm-up (JIT)
const times = [];
for (let i = 0; i < Number(runsArg ?? 20); i++) {
  const started = performance.now();
  await once();
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({ best: times[0], median: times[Math.floor(times.length / 2)], runs: times.length, findings, node: process.version }),
);
