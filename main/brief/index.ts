import { randomUUID } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { AppError } from '../../common/errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import type { WorkspaceSession } from '../workspace/session';
import { workspaceName } from '../../common/workspace-name';
import { BriefContext } from './context';
import { writeContents, writeCover } from './cover';
import { writeExtent } from './extent-section';
import { installCjkFallback } from './font-fallback';
import { fontPath, fonts, registerFonts } from './fonts';
import { accountName } from './format';
import { BriefWriter } from './layout';
import { drawFooters } from './page-footers';
import { Redactor } from './redaction';
import { briefSections, isBriefSection, type BriefSection } from './sections';
import { writeWhat } from './what-section';
import { writeWhen } from './when-section';
import { writeWhere } from './where-section';
import { writeWho } from './who-section';
import { writeWhyHow } from './why-how-section';

export { briefSections, type BriefSection } from './sections';

export interface BriefOptions {
  /** The prospect's account. */
  accountId: number;
  outPath: string;
  /** Default: all, always in reading order. */
  sections?: BriefSection[];
  /** People and accounts replaced everywhere by neutral labels. */
  redact?: { accountIds?: number[]; personIds?: number[] };
  /** IANA zone for times of day; default the machine's. */
  timeZone?: string;
  /** The brief's date; default now. */
  now?: Date;
}

export interface BriefProgress {
  phase: string;
  done: number;
  total: number | null;
}

export interface BriefResult {
  path: string;
  pages: number;
  bytes: number;
}

const writers: Record<BriefSection, (w: BriefWriter, ctx: BriefContext) => void> = {
  who: writeWho,
  what: writeWhat,
  when: writeWhen,
  where: writeWhere,
  whyHow: writeWhyHow,
  extent: writeExtent,
};

function chosenSections(requested: BriefSection[] | undefined): BriefSection[] {
  if (!requested) return briefSections.map((s) => s.id);
  const unknown = requested.filter((s) => !isBriefSection(s));
  if (unknown.length) throw new AppError('BAD_REQUEST', `Unknown brief section: ${unknown.join(', ')}.`);
  const chosen = briefSections.map((s) => s.id).filter((id) => requested.includes(id));
  if (!chosen.length) throw new AppError('BAD_REQUEST', 'Choose at least one section for the brief.');
  return chosen;
}

function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    throw new AppError('BAD_REQUEST', `Unknown time zone “${timeZone}”.`);
  }
}

function checkFolder(outPath: string): void {
  let folder = false;
  try {
    folder = statSync(dirname(outPath)).isDirectory();
  } catch {
    /* reported below */
  }
  if (!folder) throw new AppError('IO', `The folder ${dirname(outPath)} does not exist.`, { path: outPath });
}

const cancelled = () => new AppError('CANCELLED', 'Brief export cancelled; no file was written.');

/**
 * Writes a prospect's brief as a PDF. The file appears at `outPath` only when complete: it is
 * streamed to a temporary file beside it and renamed at the end.
 */
export async function exportBrief(
  session: WorkspaceSession,
  options: BriefOptions,
  ctx: { signal: AbortSignal; progress(p: BriefProgress): void },
): Promise<BriefResult> {
  // Held to itself so the workspace cannot be closed or switched, nor imported into, meanwhile.
  return session.exclusive('the brief export', (workspace) => writeBrief(workspace, options, ctx));
}

async function writeBrief(
  workspace: OpenWorkspace,
  options: BriefOptions,
  ctx: { signal: AbortSignal; progress(p: BriefProgress): void },
): Promise<BriefResult> {
  const repo = workspace.brief;
  const prospect = repo.profile(options.accountId);
  if (!prospect) throw new AppError('BAD_REQUEST', `There is no account #${options.accountId}.`);
  const sections = chosenSections(options.sections);
  const timeZone = checkTimeZone(options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const now = options.now ?? new Date();
  const outPath = resolve(options.outPath);
  checkFolder(outPath);
  const redactedAccounts = repo.redactedAccounts(options.redact?.accountIds ?? []);
  const redactedPeople = repo.redactedPeople(options.redact?.personIds ?? []);
  const redactor = new Redactor(redactedAccounts, redactedPeople);
  const title = redactor.text(
    `Brief: ${redactor.accountLabel(prospect.id) ?? prospect.name ?? accountName(prospect)}`,
  );

  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomUUID().slice(0, 8)}.tmp`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 60, left: 56, right: 56 },
    bufferPages: true,
    font: fontPath(fonts.regular),
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: { Title: title, Creator: 'Inside Track', Producer: 'Inside Track', CreationDate: now },
  });
  registerFonts(doc);
  installCjkFallback(doc);
  const out = createWriteStream(temp);
  const written = finished(out);
  written.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  doc.pipe(out);

  try {
    const context = new BriefContext(workspace, prospect, timeZone, now);
    const w = new BriefWriter(doc, redactor);
    const total = sections.length + 1;
    ctx.progress({ phase: 'Cover', done: 0, total });
    const contentsSlot = writeCover(
      w,
      context,
      workspaceName(workspace.path),
      redactedAccounts.length + redactedPeople.length,
    );
    w.newPage();
    for (const [index, id] of sections.entries()) {
      // Let a cancel request and progress events through between sections.
      await new Promise((resolve) => setImmediate(resolve));
      if (ctx.signal.aborted) throw cancelled();
      const section = briefSections.find((s) => s.id === id)!;
      ctx.progress({ phase: section.title, done: index + 1, total });
      w.section(section.title, id);
      writers[id](w, context);
    }
    if (ctx.signal.aborted) throw cancelled();
    writeContents(w, contentsSlot);
    drawFooters(w, `${title} · ${workspaceName(workspace.path)}`);
    const pages = w.pageCount;
    doc.end();
    await written;
    renameSync(temp, outPath);
    ctx.progress({ phase: 'Done', done: total, total });
    return { path: outPath, pages, bytes: statSync(outPath).size };
  } catch (error) {
    doc.unpipe(out);
    out.destroy();
    await written.catch(() => {});
    rmSync(temp, { force: true });
    if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.code.startsWith('E')
    ) {
      throw new AppError('IO', `The brief could not be written: ${error.message}`, { path: outPath });
    }
    throw error;
  }
}
