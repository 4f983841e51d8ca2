import type { FormatId, ImportFormat } from './format';

/**
 * Every format, in the order detection tries them: specific formats first, the catch-all
 * column-mapped CSV last.
 */
export const importFormats: readonly ImportFormat[] = [];

export function formatById(id: FormatId | string): ImportFormat | undefined {
  return importFormats.find((format) => format.id === id);
}
