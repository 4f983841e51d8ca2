import { AppError } from '../../common/errors';

/**
 * A file that cannot be imported. The message names the file and the record (or line) and says
 * what was wrong; the import it belongs to is rolled back whole.
 */
export class ImportFormatError extends AppError {
  override readonly name = 'ImportFormatError';
  constructor(file: string, where: string | undefined, problem: string) {
    super('IMPORT_FORMAT', `${file}${where ? `, ${where}` : ''}: ${problem}`, {
      file,
      ...(where ? { where } : {}),
    });
  }
}

/**
 * A problem told in the user's words, with the library's own words kept apart as `detail` (shown
 * behind "Details", never as the message).
 */
export function fileProblem(file: string, sentence: string, detail: string): AppError {
  return new AppError('IMPORT_FORMAT', sentence, { file, detail });
}

/** yauzl's words for a ZIP whose end is missing: the usual result of a download that stopped. */
const cutShortZip = /end of central directory record signature not found|unexpected EOF/i;

/** A ZIP that could not be opened: cut short, or not a ZIP at all, in words the user can act on. */
export function unreadableZip(file: string, error: Error): AppError {
  return cutShortZip.test(error.message)
    ? fileProblem(
        file,
        `${file} is not a complete ZIP archive: it may have been cut short while downloading. Download it again.`,
        error.message,
      )
    : fileProblem(
        file,
        `${file} is damaged and cannot be opened as a ZIP archive. Download or export it again.`,
        error.message,
      );
}
