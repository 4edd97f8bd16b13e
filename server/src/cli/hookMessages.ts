/** What the hooks say when they block: per finding, then how to fix it — plainly, bypass included. */
import { hashesToAllow, inlineAdvice } from './allowAdvice.js';
import { BASELINE_FILE } from './baseline.js';
import type { ReportedFinding, SkippedFile } from './report.js';

export const SKIP_VARIABLE = 'LEAKPROOF_SKIP';

/** `LEAKPROOF_SKIP=1` (or true/yes): the hooks step aside, once, and say so. */
export function skipRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env[SKIP_VARIABLE] ?? '').trim().toLowerCase();
  return value === '1' || value === 'true' || value === 'yes';
}

function findingLines(findings: readonly ReportedFinding[]): string[] {
  return findings.map((f) => {
    const where = `${f.path}:${f.line}`;
    const commit = f.commit ? ` (introduced in commit ${f.commit.hash.slice(0, 12)})` : '';
    return `  ${where}  ${f.title} [${f.detector}]  ${f.matches[0]?.redacted ?? ''}${commit}`;
  });
}

/** Every hash as an "allowlist" snippet to paste, one entry a line with where it was found. */
function allowlistLines(hashes: readonly { hash: string; where: string }[], indent: string): string[] {
  return [
    `${indent}"allowlist": [`,
    ...hashes.map(({ hash, where }, i) => `${indent}  {"hash": "${hash}"}${i < hashes.length - 1 ? ',' : ''}  // ${where}`),
    `${indent}]`,
  ];
}

/** `listed`: the findings were already printed above (text report), so only count them. */
export function commitBlockedHelp(findings: readonly ReportedFinding[], listed = false): string {
  const hashes = hashesToAllow(findings);
  const inline = inlineAdvice(findings);
  return [
    '',
    listed
      ? `leakproof: commit blocked — ${findings.length} secret(s) in the staged changes (listed above).`
      : `leakproof: commit blocked — ${findings.length} secret(s) in the staged changes:`,
    ...(listed ? [] : findingLines(findings)),
    '',
    'How to fix it:',
    '  1. Remove it: take the value out of the file, read it from an environment variable or a secret',
    '     manager instead, and `git add` the file again. The hook checks what is staged (the index),',
    '     not your working tree: a fix that is not staged does not count. If the secret was ever pushed',
    '     or shared, revoke and rotate it at its provider — deleting it from the code is not enough.',
    '  2. A false positive or a test fixture? Allow it inline:',
    ...inline.map((line) => `       ${line}`),
    `  3. Or allow it by hash in .leakproof.json "allowlist" (works for every file):`,
    ...allowlistLines(hashes, '       '),
    `     Adopting the tool on old code? \`leakproof baseline create\` records every current finding in`,
    `     ${BASELINE_FILE} and names it in .leakproof.json ("baseline"): commit both, and the hook blocks only new secrets.`,
    '  4. Bypass the check for this one commit (you take responsibility):',
    `       git commit --no-verify        or        ${SKIP_VARIABLE}=1 git commit …`,
    '',
  ].join('\n');
}

export function pushBlockedHelp(findings: readonly ReportedFinding[], listed = false): string {
  const oldest = findings.map((f) => f.commit?.hash).filter((h): h is string => !!h);
  const first = oldest[0]?.slice(0, 12) ?? '<commit>';
  return [
    '',
    listed
      ? `leakproof: push blocked — ${findings.length} secret(s) in the commits being pushed (listed above, each with the commit that introduced it).`
      : `leakproof: push blocked — ${findings.length} secret(s) in the commits being pushed:`,
    ...(listed ? [] : findingLines(findings)),
    '',
    'How to fix it:',
    '  1. Remove it from history, not just from the latest version: the commit that introduced it',
    `     would still be pushed. For example \`git rebase -i ${first}^\`, mark that commit "edit",`,
    '     take the secret out, `git commit --amend`, `git rebase --continue`. Then revoke and rotate',
    '     the credential if it ever left your machine.',
    '  2. A false positive or a test fixture? Allow it in that commit, inline:',
    ...inlineAdvice(findings).map((line) => `       ${line}`),
    '     or by hash in .leakproof.json (or record it in a baseline):',
    ...allowlistLines(hashesToAllow(findings), '       '),
    '  3. Bypass the check for this one push (you take responsibility):',
    `       git push --no-verify        or        ${SKIP_VARIABLE}=1 git push …`,
    '',
  ].join('\n');
}

/**
 * Files the scan could not judge (time budget, engine error, too large): the hook fails closed
 * and says what was not scanned and how to allow it explicitly.
 */
export function notJudgedHelp(files: readonly SkippedFile[], what: 'commit' | 'push' | 'history'): string {
  const verb = what === 'history' ? 'the history scan is incomplete' : `${what} blocked`;
  return [
    '',
    `leakproof: ${verb} — ${files.length} file(s) could not be scanned completely, so they cannot be vouched for:`,
    ...files.map((f) => `  ${f.path}: ${f.reason}`),
    '',
    'What to do:',
    '  - too large: raise "scan": {"maxFileSize": …} in .leakproof.json, or exclude the file explicitly',
    '    with "scan": {"exclude": ["<path>"]} if it must be committed unscanned.',
    '  - time limit or internal error: please report it; LEAKPROOF_TIME_BUDGET_MS raises the per-file',
    '    budget (milliseconds), and "scan.exclude" allows the file explicitly.',
    ...(what === 'history'
      ? []
      : [`  - or bypass the check once (you take responsibility): ${SKIP_VARIABLE}=1 git ${what} …  (or --no-verify)`]),
    '',
  ].join('\n');
}
