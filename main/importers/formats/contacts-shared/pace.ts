import { AppError } from '../../../../common/errors';
import type { ReadContext } from '../../format';

const EVERY = 1000;

/**
 * Checks for cancellation and reports progress every 1000 records, with bytes counted across all
 * the files of one import.
 */
export class ReadPace {
  private records = 0;
  private doneBefore = 0;
  private doneInFile = 0;

  constructor(
    private readonly ctx: ReadContext,
    private readonly totalBytes: number | null,
  ) {
    this.checkCancelled();
  }

  /** For readLines' onBytes: bytes read so far of the current file. */
  readonly onBytes = (bytes: number): void => {
    this.doneInFile = bytes;
  };

  /** Call once per record read. */
  tick(): void {
    this.records += 1;
    if (this.records % EVERY !== 0) return;
    this.checkCancelled();
    this.ctx.progress(this.doneBefore + this.doneInFile, this.totalBytes);
  }

  /** Call when a file is read to its end. */
  fileDone(size: number): void {
    this.doneBefore += size;
    this.doneInFile = 0;
    this.ctx.progress(this.doneBefore, this.totalBytes);
  }

  checkCancelled(): void {
    if (this.ctx.signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
  }
}
