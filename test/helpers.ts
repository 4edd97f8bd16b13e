/** Shared test helpers: temporary folders with real files, and the built CLI as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';

export const ROOT = resolve(__dirname, '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

const created: string[] = [];
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test file; `files` maps relative paths to contents. */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-test-'));
  created.push(dir);
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  detector: string;
  title: string;
  severity: string;
  matches: { name: string; redacted: string; line: number; column: number }[];
  fingerprint: string;
  insights: { kind: string; reason?: string; redacted?: string }[];
}

export interface JsonReport {
  version: number;
  findings: JsonFinding[];
  skipped: { path: string; reason: string }[];
  capped: { path: string; detector: string; dropped: number }[];
  stats: { files: number; findings: number; allowlisted: number; baselined: number };
  /** Files the scan could not judge (exit 2). */
  incomplete?: { path: string; reason: string }[];
}

export function scanJson(
  args: readonly string[],
  options: { cwd?: string; input?: string } = {},
): { status: number | null; report: JsonReport; stderr: string } {
  const result = runCli(['scan', ...args, '--format', 'json'], options);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout.slice(0, 500)} ${result.stderr}`);
  }
  return { status: result.status, report, stderr: result.stderr };
}
