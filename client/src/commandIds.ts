/**
 * Command ids, declared once: package.json `contributes.commands`, the walkthrough's command links,
 * the hover's documentation link and the handlers in commands.ts all use these.
 */
export const COMMANDS = {
  scanWorkspace: 'leakproof.scanWorkspace',
  clearWorkspaceResults: 'leakproof.clearWorkspaceResults',
  installHook: 'leakproof.installHook',
  showOutput: 'leakproof.showOutput',
  openSample: 'leakproof.openSample',
  showDetectorDocs: 'leakproof.showDetectorDocs',
  restartServer: 'leakproof.restartServer',
  showSummary: 'leakproof.showSummary',
  tryHookInScratchRepo: 'leakproof.tryHookInScratchRepo',
  openNewcomerGuide: 'leakproof.openNewcomerGuide',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
