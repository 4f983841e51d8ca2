import { AppError } from '../../../common/errors';

/** The sentence to show for a failed call: the server's own message when it wrote one. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Please try again.';
}
