import type { HandlerSlice } from './types';

/**
 * `import.discard` answers here for every host and does nothing: only browser mode holds uploaded
 * copies, and its server deletes the ones inside its upload folder as the call passes through
 * (main/host/upload-release.ts). Electron and the CLI import files where the user keeps them.
 */
export function importDiscardHandlers(): HandlerSlice<'import.discard'> {
  return { 'import.discard': () => null };
}
