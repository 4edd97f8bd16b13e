/**
 * The editor path end to end (issue 10's editor row): the bundled language server over stdio, a
 * 10,000-line file open, debounce 0; each sample types one character on a random line and waits for
 * the publishDiagnostics of that version. The reference, measured in the same run on the same
 * connection, is the round trip of a hover on a line without findings (a request the server answers
 * without scanning): the ratio says what an edit costs above the transport. Figures only.
 *
 * Run alone: `node esbuild.mjs && node --import tsx test/bench/editStdio.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../server/src/engine/fake.js';
import { TestClient } from '../server/lspClient.js';
import { tenThousandLineFile } from './edit.js';

export interface StdioEditFigures {
  readonly samples: number;
  readonly editP50: number;
  readonly editP99: number;
  readonly hoverP50: number;
  readonly hoverP99: number;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export async function runStdioEditBench(samples = 300): Promise<StdioEditFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-bench-stdio-'));
  const { client } = await TestClient.start({ transport: 'stdio', rootPath: dir });
  try {
    client.settings = { '*': { debounceMs: 0 } };
    const text = tenThousandLineFile();
    const uri = client.open(join(dir, 'big.ts'), text, 'typescript');
    await client.diagnosticsFor(uri, 120_000);
    const random = seededRandom(11);
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const edits: number[] = [];
    const hovers: number[] = [];
    for (let i = 0; i < samples; i++) {
      // An edit on a line of ordinary code (every 1000th line + 500 holds a token: avoided).
      let line = Math.floor(random() * lineStarts.length);
      if (line % 1000 === 500) line++;
      const started = process.hrtime.bigint();
      client.edit(uri, lineStarts[line]!, lineStarts[line]!, ' ');
      await client.diagnosticsFor(uri, 60_000);
      edits.push(Number(process.hrtime.bigint() - started) / 1e6);
      // Line starts after the edited one moved by one character.
      for (let l = line + 1; l < lineStarts.length; l++) lineStarts[l]!++;

      const hoverStarted = process.hrtime.bigint();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: (line + 3) % 10_000, character: 0 } });
      hovers.push(Number(process.hrtime.bigint() - hoverStarted) / 1e6);
    }
    edits.sort((a, b) => a - b);
    hovers.sort((a, b) => a - b);
    return {
      samples,
      editP50: quantile(edits, 0.5),
      editP99: quantile(edits, 0.99),
      hoverP50: quantile(hovers, 0.5),
      hoverP99: quantile(hovers, 0.99),
    };
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runStdioEditBench().then((f) => {
    console.log(
      `stdio edit → publishDiagnostics (${f.samples} edits): p50 ${f.editP50.toFixed(2)} ms, p99 ${f.editP99.toFixed(2)} ms; ` +
        `hover round trip p50 ${f.hoverP50.toFixed(2)} ms, p99 ${f.hoverP99.toFixed(2)} ms`,
    );
  });
}
