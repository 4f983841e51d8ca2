import type { CallRequest, Envelope } from '../../common/transport';

function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The uploaded copies a call has finished with: the file an import read, whatever its outcome
 * (imported, failed or cancelled: a new attempt starts from a new drop), and the files a dismissed
 * review let go. The upload store deletes only paths inside its own folder.
 */
export function uploadsEndedBy(request: CallRequest, envelope: Envelope): string[] {
  const args = (typeof request.args === 'object' && request.args !== null ? request.args : {}) as Record<
    string,
    unknown
  >;
  if (request.method === 'import.run') return typeof args.path === 'string' ? [args.path] : [];
  if (request.method === 'import.discard' && envelope.ok) return stringsIn(args.paths);
  return [];
}
