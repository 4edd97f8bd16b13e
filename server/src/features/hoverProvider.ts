/** Hover on a secret: what it is, what it grants, how to revoke it (hover.ts renders it). */
import { envTarget } from '../codeActions.js';
import { languageOf } from '../comments.js';
import { KUBERNETES_SECRET_ADVICE, envLanguage, isKubernetesSecret } from '../environment.js';
import { hoverFor } from '../hover.js';
import type { Publishing } from './publishing.js';
import { fsPathOf, secretValue, type ServerState } from './state.js';

export function registerHover(state: ServerState, publishing: Publishing): void {
  state.connection.onHover(
    state.guard('hover', null, async (params, token) => {
      const doc = await publishing.settledState(params.textDocument.uri, token, 2000);
      if (!doc) return null;
      const offset = doc.document.offsetAt(params.position);
      const path = fsPathOf(doc.uri);
      for (const finding of doc.findings) {
        const match = finding.matches.find((m) => offset >= m.range[0] && offset <= m.range[1]);
        if (!match) continue;
        const range = { start: doc.document.positionAt(match.range[0]), end: doc.document.positionAt(match.range[1]) };
        const language = languageOf(doc.document.languageId, path);
        const text = doc.document.getText();
        const envName = envTarget(text, finding, language, path)?.name;
        const kubernetesSecret = envLanguage(language) === 'yaml' && isKubernetesSecret(text);
        return hoverFor(finding, range, {
          docsBaseUri: state.docsBaseUri,
          language,
          markdown: state.caps.hoverMarkdown,
          placement: state.gitPlacements.get(path),
          history: state.secretHistories.get(path, secretValue(doc, finding)),
          ...(envName ? { envName } : {}),
          ...(kubernetesSecret ? { storageAdvice: KUBERNETES_SECRET_ADVICE } : {}),
        });
      }
      return null;
    }),
  );
}
