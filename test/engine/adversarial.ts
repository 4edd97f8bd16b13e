/**
 * Adversarial input for one detector, built from its own keywords and the shape of its own
 * positive examples, in three families whose *every* dimension scales with the requested size:
 * the number of lines, the length of one line, and the width / count of the lines in an
 * indented block. A regex that is super-linear in any one of them (nested quantifiers over
 * overlapping classes, a lazy scan after a greedy one, a backreference-guarded block) then shows
 * a growth ratio well above 4 when the size is multiplied by 4.
 */
import type { Detector, Example } from '../../server/src/engine/index.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

export type ShapeFamily = 'lines' | 'long-line' | 'block';
export const SHAPE_FAMILIES: readonly ShapeFamily[] = ['lines', 'long-line', 'block'];

interface Material {
  readonly keywords: readonly string[];
  /** The first positive example's secret (between « »), or a token-like stand-in. */
  readonly token: string;
  /** Positive example texts with the secret removed: names and separators with an empty value. */
  readonly emptied: readonly string[];
}

function exampleText(example: Example): string {
  return typeof example === 'string' ? example : example.text;
}

function materialOf(detector: Detector): Material {
  const keywords = (detector.keywords.length > 0 ? detector.keywords : ['key', 'secret']).slice(0, 4);
  const texts = examplesOf(detector).positive.slice(0, 3).map(exampleText);
  const token = /«([^»]*)»/.exec(texts[0] ?? '')?.[1] ?? 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3';
  const emptied = texts.map((t) => t.replace(/«[^»]*»/g, ''));
  return { keywords, token: token.length > 0 ? token : 'aB3dE5fG7h', emptied };
}

/** `unit` repeated to about `size` characters. */
function fill(unit: string, size: number): string {
  if (unit.length === 0) return '';
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(size, 1));
}

/** Many lines of bounded width: their number grows with `size`. */
function lines(m: Material, size: number): string {
  const nearMiss = m.token.slice(0, -1);
  const unit: string[] = [];
  for (const keyword of m.keywords) {
    unit.push(
      keyword,
      `${keyword} = `,
      `${keyword}: "`,
      `${keyword}=${nearMiss}`,
      `${keyword} ${nearMiss} ${keyword}`,
      `"${keyword}": "${nearMiss}\\"`,
      `  ${keyword}:`,
      '',
      '   ',
    );
  }
  for (const text of m.emptied) unit.push(text, '');
  return fill(`${unit.join('\n')}\n`, size);
}

/** One line whose length grows with `size`: keyword runs, alphabet runs, separators, nested quotes. */
function longLine(m: Material, size: number): string {
  const alphabet = [...new Set(m.token)].join('');
  const runs = [
    (k: string) => fill(k, size),
    (k: string) => k + fill(alphabet, size),
    (k: string) => k + fill(m.token, size),
    (k: string) => k + fill(`${k}=${m.token.slice(0, -1)} `, size),
    (k: string) => `${k} = ${fill(' ', size)}"`,
    (k: string) => k + fill('=:"\' ', size),
    (k: string) => k + fill('a-b_c./', size),
    (k: string) => `${k}: "${fill('\\"', size)}`,
    (k: string) => `${k}${fill(`://${alphabet.slice(0, 8)}@`, size)}`,
  ];
  // Every run at full length on its own line: the line is what grows.
  const keyword = m.keywords[0]!;
  const per = Math.max(64, Math.floor(size / runs.length));
  return runs.map((run) => run(keyword).slice(0, per)).join('\n');
}

/**
 * Indented blocks: an emptied example (`password:` with no value) or a keyword section followed by
 * whitespace-only lines, blank lines and deeper-indented keyword lines. The width of the indented
 * lines grows with `size` (a per-line choice of where the indentation ends multiplies across
 * lines), and so does the count of blank lines.
 */
function block(m: Material, size: number): string {
  const keyword = m.keywords[0]!;
  const head = [...m.emptied, `${keyword}:`, `database:\n  ${keyword}:\n  password:`].join('\n');
  const quarter = Math.max(16, Math.floor(size / 4));
  const width = Math.max(2, Math.floor(quarter / 16));
  const wideLines = `${' '.repeat(width)}\n`.repeat(16);
  const wideKeyed = `${' '.repeat(width)}${keyword}:\n`.repeat(16);
  const blank = '\n'.repeat(quarter);
  const indented = Array.from({ length: 16 }, () => `${' '.repeat(width)}x: ${keyword}`).join('\n');
  return [head, wideLines, head, wideKeyed, head, blank, head, indented, head].join('\n');
}

export function adversarial(detector: Detector, family: ShapeFamily, size: number): string {
  const m = materialOf(detector);
  switch (family) {
    case 'lines':
      return lines(m, size);
    case 'long-line':
      return longLine(m, size);
    case 'block':
      return block(m, size);
  }
}

/** A path the detector runs on (path-gated detectors take it from their own examples). */
export function pathFor(detector: Detector): string {
  if (!detector.paths) return 'input.yaml';
  const example = examplesOf(detector).positive.find((e): e is { text: string; path: string } => typeof e !== 'string');
  return example?.path ?? 'input.yaml';
}

/**
 * The tiny docker-compose excerpt of issue 10 (a postgres service with an empty password and a
 * `psql -U` healthcheck): ~1 s for 373 bytes before the yamlNested fix. `scale` widens the
 * indentation and adds services; the caller compares time growth with the actual byte growth.
 */
export function composeExcerpt(scale: number): string {
  const pad = ' '.repeat(2 * scale);
  const service = (name: string) =>
    [
      `${pad}${name}:`,
      `${pad}${pad}image: postgres:16`,
      `${pad}${pad}environment:`,
      `${pad}${pad}${pad}POSTGRES_USER: app`,
      `${pad}${pad}${pad}POSTGRES_PASSWORD:`,
      `${pad}${pad}${pad}POSTGRES_DB: app`,
      `${pad}${pad}ports:`,
      `${pad}${pad}${pad}- "5432:5432"`,
      `${pad}${pad}healthcheck:`,
      `${pad}${pad}${pad}test: ["CMD-SHELL", "psql -U app -d app -c 'select 1'"]`,
      `${pad}${pad}${pad}interval: 10s`,
      `${pad}${pad}${pad}retries: 5`,
      `${pad}${pad}volumes:`,
      `${pad}${pad}${pad}- pgdata:/var/lib/postgresql/data`,
    ].join('\n');
  const services = Array.from({ length: Math.max(1, Math.round(scale / 2)) }, (_, i) => service(i === 0 ? 'db' : `db${i}`));
  return `services:\n${services.join('\n')}\nvolumes:\n${pad}pgdata:\n`;
}
