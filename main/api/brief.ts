import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** A file name from the prospect's handle and the date: `Brief acme_ceo 2026-11-23.pdf`. */
function defaultFileName(handle: string | null, id: number, now: Date): string {
  const who = (handle ?? `account ${id}`).replace(/[^\p{L}\p{N}_.-]+/gu, '_');
  return `Brief ${who} ${now.toISOString().slice(0, 10)}.pdf`;
}

export function briefHandlers(session: WorkspaceSession, briefsDir: string): HandlerSlice<'brief.export'> {
  return {
    'brief.export': async ({ accountId, outPath, sections, redact, timeZone }, ctx) => {
      const prospect = session.require().requireAccount(accountId);
      let path = outPath;
      if (!path) {
        mkdirSync(briefsDir, { recursive: true });
        path = join(briefsDir, defaultFileName(prospect.handle, accountId, new Date()));
      }
      // pdfkit and the brief's code load on the first export, not at every start.
      const { exportBrief } = await import('../brief');
      const result = await exportBrief(
        session,
        { accountId, outPath: path, sections, redact, timeZone },
        ctx,
      );
      return { ...result, fileName: basename(result.path) };
    },
  };
}
