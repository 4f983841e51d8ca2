import { useEffect, useState } from 'react';
import type { DataKind } from '../../../common/data-kinds';
import { api } from './index';

/**
 * Counts the core's announcements that touch `dependsOn`: for the paged lists, which keep their
 * own window of pages instead of one cached answer and refresh in place when this moves.
 */
export function useRevision(dependsOn: readonly DataKind[]): number {
  const [revision, setRevision] = useState(0);
  const kinds = dependsOn.join(',');
  useEffect(() => {
    const wanted = kinds.split(',');
    return api.on('workspace.revised', ({ changed }) => {
      if (changed.some((kind) => wanted.includes(kind))) setRevision((count) => count + 1);
    });
  }, [kinds]);
  return revision;
}
