import { AppError } from '../../common/errors';

/** The AppError code a synchronous action fails with; anything else (or no failure) fails the test. */
export function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected the action to fail');
}
