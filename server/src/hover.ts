/**
 * Hover on a finding teaches in a glance (≤ HOVER_MAX_CHARS): one lead line (what it is, what it
 * grants), numbered revoke/rotate steps with the provider's link, then how to keep it out of code —
 * and what Leakproof noticed (test file, Base64). The full guide (why it matters, purging history)
 * is one click away in the documentation link. A finding in a local, git-ignored file gets a short
 * reassurance instead: that is where local secrets belong. The value is only ever shown redacted.
 */
import { MarkupKind, type Hover, type Range as LspRange } from 'vscode-languageserver';
import { DETECTORS_BY_ID, type Finding } from './engine/index.js';
import type { GitPlacement } from './diagnostics.js';
import { envLanguage, envLookup } from './environment.js';
import { historyParagraph, historyStep, type SecretHistory } from './history.js';
import { detectorDocUri } from './protocol.js';

/** Hovers longer than this push the revoke steps below the fold (issue 12 item 2). */
export const HOVER_MAX_CHARS = 1500;

const DEFAULT_STORE =
  'Read it from an environment variable: locally from a git-ignored `.env` file, elsewhere from your CI/CD secret store or a secret manager (Vault, AWS, Google or Azure secret managers, 1Password, Doppler).';

/** What a local, git-ignored file gets instead of the lesson: it is where local secrets belong. */
export const LOCAL_ONLY_ADVICE = 'Local only, git-ignored — fine; never commit it, rotate if it was ever shared.';

function insightLines(finding: Finding, placement: GitPlacement | undefined): string[] {
  const lines: string[] = [];
  for (const insight of finding.insights) {
    switch (insight.kind) {
      case 'test_file':
        lines.push(`In a test file (${insight.reason}): lower severity, but a real credential in a test still leaks.`);
        break;
      case 'sensitive_file':
        // A tracked-but-ignored file has its own paragraph above: not said twice.
        if (placement !== 'tracked-ignored') lines.push(`Sensitive file (${insight.reason}): git-ignore it, never commit it.`);
        break;
      case 'decoded':
        lines.push(`Base64 of \`${insight.redacted}\`: encoding hides nothing.`);
        break;
      case 'allowlisted':
        lines.push(`Allowlisted (${insight.reason}): not reported.`);
        break;
    }
  }
  return lines;
}

export interface HoverOptions {
  readonly docsBaseUri: string;
  readonly language: string;
  readonly markdown: boolean;
  /** The variable "Move to an environment variable" would use (the same name in hover and fix). */
  readonly envName?: string;
  /** Replaces the storage advice where the usual one cannot work (a Kubernetes `Secret` manifest). */
  readonly storageAdvice?: string;
  /** Where the file stands with git (computed off the typing path; 'unknown' until then). */
  readonly placement?: GitPlacement;
  /** Whether the secret is in git history (computed off the typing path; 'unknown' until then). */
  readonly history?: SecretHistory;
}

function leadLine(finding: Finding): string {
  const main = finding.matches[0];
  const parts =
    finding.matches.length > 1
      ? ` (with ${finding.matches
          .slice(1)
          .map((m) => m.name)
          .join(', ')})`
      : '';
  return `**${finding.title}** \`${main?.redacted ?? ''}\`${parts}`;
}

function guideLink(finding: Finding, docsBaseUri: string): string | undefined {
  return DETECTORS_BY_ID.has(finding.detectorId) ? `[Full guide](${detectorDocUri(docsBaseUri, finding.detectorId)})` : undefined;
}

/** The hover text for a finding (Markdown). */
export function hoverMarkdown(finding: Finding, options: Omit<HoverOptions, 'markdown'>): string {
  const link = guideLink(finding, options.docsBaseUri);
  const history = options.history ?? { state: 'unknown' };
  // An ignored file whose secret an earlier commit added is not local only: it gets the full advice.
  if (options.placement === 'untracked-ignored' && history.state !== 'committed') {
    return [`${leadLine(finding)} — ${LOCAL_ONLY_ADVICE}`, ...(link ? ['', link] : [])].join('\n');
  }
  const guide = DETECTORS_BY_ID.get(finding.detectorId)?.guide;
  const out: string[] = [];
  out.push(`${leadLine(finding)}. What it grants: ${guide?.grants ?? 'a credential your team declared in `.leakproof.json`.'}`);
  if (options.placement === 'tracked-ignored') {
    out.push(
      '',
      '**Tracked by git although `.gitignore` ignores it:** every commit includes it. Untrack it (`git rm --cached`), then rotate.',
    );
  }
  const historyLines = historyParagraph(history);
  if (historyLines.length > 0) out.push('', ...historyLines);
  // Never committed: rotating matters only if it was shared some other way, and history needs no clean-up.
  out.push(
    '',
    history.state === 'not-committed' ? '**Revoke or rotate it first if it ever left this machine:**' : '**Revoke or rotate it first:**',
  );
  out.push(`1. ${guide?.revoke ?? "Follow your team's rotation procedure for this credential."}${guide?.url ? ` ${guide.url}` : ''}`);
  out.push('2. Deploy the new value from safe storage (below).');
  out.push("3. Check the provider's logs for unknown use.");
  const step = historyStep(history);
  if (step) out.push(`4. ${step}`);
  const lang = envLanguage(options.language);
  const name = options.envName;
  const here = lang && name ? ` Here: \`${envLookup(lang, name, true)}\` (quick fix *Move to an environment variable*).` : '';
  out.push('', `**Keep it out of code:** ${options.storageAdvice ?? `${guide?.store ?? DEFAULT_STORE}${here}`}`);
  const insights = insightLines(finding, options.placement);
  if (insights.length > 0) out.push('', ...insights.map((line) => `- ${line}`));
  if (link) out.push('', link);
  return out.join('\n');
}

/** Markdown → readable plain text, for clients without Markdown hovers. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

export function hoverFor(finding: Finding, range: LspRange, options: HoverOptions): Hover {
  const text = hoverMarkdown(finding, options);
  return {
    contents: options.markdown ? { kind: MarkupKind.Markdown, value: text } : { kind: MarkupKind.PlainText, value: toPlainText(text) },
    range,
  };
}
