/** Hover on a secret: what it is, why it matters, how to revoke it (hover.ts renders it). */
import { languageOf } from '../comments.js';
import { hoverFor } from '../hover.js';
import type { Publishing } from './publishing.js';
import { fsPathOf, type ServerState } from './state.js';

export function registerHover(state: ServerState, publishing: Publishing): void {
  state.connection.onHover(
    state.guard('hover', null, async (params, token) => {
      const doc = await publishing.settledState(params.textDocument.uri, token, 2000);
      if (!doc) return null;
      const offset = doc.document.offsetAt(params.position);
      for (const finding of doc.findings) {
        const match = finding.matches.find((m) => offset >= m.range[0] && offset <= m.range[1]);
        if (!match) continue;
        const range = { start: doc.document.positionAt(match.range[0]), end: doc.document.positionAt(match.range[1]) };
        return hoverFor(finding, range, { docsBaseUri: state.docsBaseUri, language: languageOf(doc.document.languageId, fsPathOf(doc.uri)), markdown: state.caps.hoverMarkdown });
      }
      return null;
    }),
  );
}
