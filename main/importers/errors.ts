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
