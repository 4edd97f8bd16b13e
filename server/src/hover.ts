/**
 * Hover on a finding teaches: what the credential is and grants, why a leak matters, how to revoke
 * or rotate it at the provider, how to purge it from git history, how to load it from the
 * environment or a secret manager instead — and what Leakproof noticed (test file, Base64, allowlist).
 * The value itself is only ever shown redacted.
 */
import { MarkupKind, type Hover, type Range as LspRange } from 'vscode-languageserver';
import { DETECTORS_BY_ID, type Finding } from './engine/index.js';
import { envLanguage, envLookup, nameFromDetector } from './environment.js';
import { detectorDocUri } from './protocol.js';

const DEFAULT_STORE =
  'Keep it out of source code: read it from an environment variable, with the value in a git-ignored `.env` file on your machine and in your CI/CD or deployment platform\'s secret store (GitHub Actions secrets, GitLab CI variables …) or a secret manager (AWS Secrets Manager, Google Secret Manager, Azure Key Vault, HashiCorp Vault, 1Password, Doppler) everywhere else.';

const WHY =
  'Anyone who can read this file — a clone, a fork, a backup, a CI log, a screenshot, an AI assistant\'s context — can use it until it is revoked. Bots find keys pushed to public repositories within minutes, and deleting the line later does not remove it from git history.';

function insightLines(finding: Finding): string[] {
  const lines: string[] = [];
  for (const insight of finding.insights) {
    switch (insight.kind) {
      case 'test_file':
        lines.push(`Found in a test file (${insight.reason}): reported with a lower severity. A real credential in a test is still a leak — use an obviously fake value.`);
        break;
      case 'sensitive_file':
        lines.push(`This is a sensitive file (${insight.reason}): make sure it is git-ignored and never committed.`);
        break;
      case 'decoded':
        lines.push(`Base64-encoded: it decodes to \`${insight.redacted}\` — encoding hides nothing.`);
        break;
      case 'allowlisted':
        lines.push(`Allowlisted (${insight.reason}): not reported. Allow only values that are revoked, fake or public.`);
        break;
    }
  }
  return lines;
}

export interface HoverOptions {
  readonly docsBaseUri: string;
  readonly language: string;
  readonly markdown: boolean;
}

/** The hover text for a finding (Markdown). */
export function hoverMarkdown(finding: Finding, options: Pick<HoverOptions, 'docsBaseUri' | 'language'>): string {
  const detector = DETECTORS_BY_ID.get(finding.detectorId);
  const guide = detector?.guide;
  const main = finding.matches[0];
  const parts = finding.matches.length > 1 ? ` · parts: ${finding.matches.map((m) => `${m.name} \`${m.redacted}\``).join(', ')}` : '';
  const out: string[] = [];
  out.push(`**${finding.title}** — \`${finding.detectorId}\` · \`${main?.redacted ?? ''}\`${parts}`);
  out.push('');
  out.push(`**What it grants.** ${guide?.grants ?? 'A credential your team declared in `.leakproof.json`.'}`);
  out.push('');
  out.push(`**Why it matters.** ${WHY}`);
  out.push('');
  out.push('**Revoke or rotate it first:**');
  out.push(`1. ${guide?.revoke ?? 'Follow your team\'s rotation procedure for this credential.'}${guide?.url ? ` — ${guide.url}` : ''}`);
  out.push('2. Put the new value where it belongs (below) and redeploy whatever used the old one.');
  out.push('3. Check the provider\'s access or audit log for use you do not recognise.');
  out.push('');
  out.push('**Purge it from git history** (after revoking — every existing copy stays valid until then):');
  out.push('1. Write the leaked value on one line of a file *outside* the repository, e.g. `../leaked.txt`.');
  out.push('2. `git filter-repo --replace-text ../leaked.txt` (or BFG Repo-Cleaner: `bfg --replace-text ../leaked.txt`) rewrites every commit.');
  out.push('3. `git push --force --all && git push --force --tags`; ask collaborators to re-clone. Forks, pull requests and caches keep old copies — which is why revoking comes first.');
  out.push('');
  const lang = envLanguage(options.language);
  const name = nameFromDetector(finding.detectorId);
  const lookup = lang ? ` Here: \`${envLookup(lang, name, true)}\` — the quick fix *Move to an environment variable* does it for you.` : '';
  out.push(`**Keep it out of code.** ${guide?.store ?? DEFAULT_STORE}${guide?.store ? ' Read it from the environment at run time.' : ''}${lookup}`);
  const insights = insightLines(finding);
  if (insights.length > 0) {
    out.push('');
    out.push('**Noticed:**');
    for (const line of insights) out.push(`- ${line}`);
  }
  out.push('');
  const links = [];
  if (detector) links.push(`[Leakproof documentation](${detectorDocUri(options.docsBaseUri, finding.detectorId)})`);
  if (guide?.url) links.push(`[Revoke at the provider](${guide.url})`);
  if (links.length > 0) out.push(links.join(' · '));
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
