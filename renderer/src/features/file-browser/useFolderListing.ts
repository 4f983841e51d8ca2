import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../../common/folder-listing';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

/** A folder's listing from the host; on a refused or missing folder, the last good one stays with the error. */
export function useFolderListing(path: string | undefined): {
  listing: FolderListing | null;
  error: string | null;
  clearError: () => void;
} {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.files.list(path === undefined ? {} : { path }).then(
      (result) => {
        if (!current) return;
        setListing(result);
        setError(null);
      },
      (failure: unknown) => current && setError(describeError(failure)),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return { listing, error, clearError: () => setError(null) };
}
