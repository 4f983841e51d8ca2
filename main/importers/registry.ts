import type { FormatId, ImportFormat } from './format';
import { xArchiveFormat } from './formats/x-archive';

/**
 * Every format, in the order detection tries them: specific formats first, the catch-all
 * column-mapped CSV last.
 */
export const importFormats: readonly ImportFormat[] = [xArchiveFormat];

export function formatById(id: FormatId | string): ImportFormat | undefined {
  return importFormats.find((format) => format.id === id);
}
