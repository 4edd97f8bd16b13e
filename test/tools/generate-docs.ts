/**
 * Generates docs/detectors.md from the detector registry: one entry (and one stable anchor) per
 * detector, with what the credential grants, how to revoke it, how to store it safely and the
 * prefilter keywords. The extension ships the file and opens it locally from hovers and commands.
 *
 *   npm run docs            rewrite docs/detectors.md
 *   test/docs/detectors-doc.test.ts regenerates it in memory and fails when the file is stale
 *   (gitleaks habit: generated artefacts are checked to be up to date).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_DETECTORS, type Detector } from '../../server/src/engine/index.js';
import { detectorAnchor } from '../../server/src/protocol.js';

export const DETECTOR_DOCS_PATH = resolve(__dirname, '../../docs/detectors.md');

/** Shown when a detector's guide has no `store` advice of its own. */
export const GENERAL_STORE_ADVICE =
  "Keep it out of source code: read it from an environment variable set at deploy time, or from a secret manager (a vault, the cloud provider's secret store, the CI system's secrets); commit only a template such as `.env.example`.";

/**
 * Escapes Markdown syntax in prose from the registry, leaving `code spans` alone, so that texts such
 * as "rotate-api-key -i <host>" are not swallowed as HTML by the preview.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\<>*[\]]/g, '\\$&').replace(/(^|\W)_/g, '$1\\_')))
    .join('');
}

/** A keyword as an inline code span, with enough backticks around it to hold any backtick inside. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function provider(detector: Detector): string {
  return detector.id.split('.')[0] ?? detector.id;
}

function entry(detector: Detector): string {
  const { guide } = detector;
  const revoke = escapeMarkdown(guide.revoke) + (guide.url ? ` Provider page: <${guide.url}>` : '');
  const keywords = detector.keywords.length > 0 ? detector.keywords.map(code).join(', ') : 'none (the detector looks at every file)';
  return [
    `<a id="${detectorAnchor(detector.id)}"></a>`,
    '',
    `### ${escapeMarkdown(detector.title)}`,
    '',
    `- **Id:** \`${detector.id}\` · **Kind:** ${detector.kind} · **Confidence:** ${detector.confidence}`,
    `- **What it grants:** ${escapeMarkdown(guide.grants)}`,
    `- **How to revoke it:** ${revoke}`,
    `- **How to store it safely:** ${escapeMarkdown(guide.store ?? GENERAL_STORE_ADVICE)}`,
    `- **Keywords:** ${keywords}`,
    '',
  ].join('\n');
}

/** The whole document. Deterministic: no dates, registry order (sorted by id). */
export function renderDetectorDocs(detectors: readonly Detector[] = ALL_DETECTORS): string {
  const byProvider = new Map<string, Detector[]>();
  for (const detector of detectors) {
    const list = byProvider.get(provider(detector)) ?? [];
    list.push(detector);
    byProvider.set(provider(detector), list);
  }
  const specific = detectors.filter((d) => d.kind === 'specific').length;
  const contents = [...byProvider].map(
    ([name, list]) => `- **${name}**: ${list.map((d) => `[${d.id}](#${detectorAnchor(d.id)})`).join(', ')}`,
  );
  return [
    '# Leakproof detectors',
    '',
    '<!-- Generated from the detector registry by `npm run docs` (test/tools/generate-docs.ts). Do not edit by hand:',
    '     test/docs/detectors-doc.test.ts fails when this file is out of date. -->',
    '',
    `${detectors.length} detectors: ${specific} specific (a provider's credential format) and ${detectors.length - specific} generic`,
    '(secret-like values assigned to secret-like names). For each: what the credential grants, how to revoke',
    'it at its provider, how to store it safely instead, and the keywords that make Leakproof run the detector.',
    '',
    'A secret that was committed or shared must be **revoked**, not only deleted: history, forks, caches and',
    'logs keep it. Revoke first, then remove it from the code and store the new one safely.',
    '',
    '## Contents',
    '',
    ...contents,
    '',
    '## Detectors',
    '',
    ...detectors.map(entry),
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(DETECTOR_DOCS_PATH, renderDetectorDocs());
  console.log(`wrote ${DETECTOR_DOCS_PATH} (${ALL_DETECTORS.length} detectors)`);
}
