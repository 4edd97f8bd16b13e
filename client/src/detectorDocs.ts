/**
 * The detector documentation shipped in the package (docs/detectors.md, generated from the
 * registry): opened locally, in the Markdown preview, at the detector's anchor — nothing online.
 * Hovers and the server's "Learn about …" action link to `<docsBaseUri>#<anchor>`; the client
 * turns those links into this command (languageClient.ts middleware).
 */
import * as vscode from 'vscode';
import { detectorAnchor } from '../../server/src/protocol.js';

export interface DocEntry {
  readonly anchor: string;
  readonly id: string;
  readonly title: string;
  /** The id the Markdown preview gives the entry's heading (where it can scroll to). */
  readonly headingId: string;
  /** 0-based line of the entry's anchor in the file. */
  readonly line: number;
}

const ANCHOR_LINE = /^<a id="([^"]+)"><\/a>\s*$/;
const ID_LINE = /^- \*\*Id:\*\* `([^`]+)`/;

export class DetectorDocs {
  private entries: Promise<readonly DocEntry[]> | undefined;
  /** The entries once loaded, by anchor (for synchronous lookups in diagnostics middleware). */
  private loaded: ReadonlyMap<string, DocEntry> | undefined;

  constructor(readonly uri: vscode.Uri) {}

  /** `docsBaseUri` for the server: the file URI without fragment. */
  get baseUri(): string {
    return this.uri.toString();
  }

  /** The anchor of a link into the docs (`…/detectors.md#github-pat-classic`), if it is one. */
  anchorOfLink(link: string | vscode.Uri): string | undefined {
    const uri = typeof link === 'string' ? vscode.Uri.parse(link) : link;
    if (uri.with({ fragment: '' }).toString() !== this.uri.toString()) return undefined;
    return uri.fragment || undefined;
  }

  /** Every entry of the file, parsed once: anchors, ids and titles for the picker and line lookup. */
  list(): Promise<readonly DocEntry[]> {
    this.entries ??= (async () => {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
      const lines = text.split('\n');
      const entries: DocEntry[] = [];
      const slugs = new Map<string, number>();
      // Every heading gets a slug, in document order (duplicates are numbered), as the preview does.
      const headingIdOf = (heading: string) => {
        const slug = githubSlug(heading);
        const seen = slugs.get(slug) ?? 0;
        slugs.set(slug, seen + 1);
        return seen === 0 ? slug : `${slug}-${seen}`;
      };
      let pending: { anchor: string; line: number } | undefined;
      lines.forEach((line, index) => {
        const anchor = ANCHOR_LINE.exec(line)?.[1];
        if (anchor) pending = { anchor, line: index };
        const heading = /^#{1,6} (.*)$/.exec(line)?.[1];
        if (heading === undefined) return;
        const title = heading.replace(/\\(.)/g, '$1');
        const headingId = headingIdOf(title);
        if (!pending || index - pending.line > 3) return;
        const id =
          lines
            .slice(index + 1, index + 6)
            .map((l) => ID_LINE.exec(l)?.[1])
            .find(Boolean) ?? pending.anchor;
        entries.push({ anchor: pending.anchor, id, title, headingId, line: pending.line });
        pending = undefined;
      });
      this.loaded = new Map(entries.map((e) => [e.anchor, e]));
      return entries;
    })();
    return this.entries;
  }

  /**
   * Opens the documentation at a detector (id or anchor), or lets the user pick one. Returns the
   * anchor shown, or undefined when the user cancelled or the detector is unknown.
   */
  async open(detector?: string): Promise<string | undefined> {
    const entries = await this.list();
    let entry: DocEntry | undefined;
    if (detector) {
      const anchor = detectorAnchor(detector);
      entry = entries.find((e) => e.anchor === anchor);
      if (!entry) void vscode.window.showWarningMessage(`Leakproof: no documentation for detector "${detector}"; showing the list.`);
    } else {
      const picked = await vscode.window.showQuickPick(
        entries.map((e) => ({ label: e.title, description: e.id, entry: e })),
        { title: 'Leakproof: detector documentation', placeHolder: 'Type a provider or credential name', matchOnDescription: true },
      );
      if (!picked) return undefined;
      entry = picked.entry;
    }
    await this.show(entry);
    return entry?.anchor;
  }

  private async show(entry: DocEntry | undefined): Promise<void> {
    try {
      // The Markdown preview scrolls to the heading whose id is the URI's fragment. (It only looks at
      // headings and other block elements, not at our `<a id>` anchors, hence the heading's slug.)
      await vscode.commands.executeCommand('markdown.showPreview', entry ? this.uri.with({ fragment: entry.headingId }) : this.uri);
    } catch {
      // No Markdown preview (disabled built-in extension): the text, at the entry.
      const position = new vscode.Position(entry?.line ?? 0, 0);
      const editor = await vscode.window.showTextDocument(this.uri, { selection: new vscode.Range(position, position), preview: true });
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  /**
   * A `file:…#L<line>` link to the entry, for places that open links themselves (the Problems
   * panel's code link opens the file at that line). Undefined until `list()` has loaded the file.
   */
  lineLink(anchor: string): vscode.Uri | undefined {
    const entry = this.loaded?.get(anchor);
    return entry ? this.uri.with({ fragment: `L${entry.line + 1}` }) : undefined;
  }
}

/**
 * The id VS Code's Markdown preview gives a heading (its GitHub-style slugifier, in
 * extensions/markdown-language-features `slugify.ts`): lower case, whitespace to `-`, punctuation out.
 */
export function githubSlug(heading: string): string {
  return encodeURI(
    heading
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[\][!/'"#$%&()*+,./:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g, '')
      .replace(/^-+/, '')
      .replace(/-+$/, ''),
  );
}
