import { useEffect, useState } from 'react';
import type { AudienceList, AudienceSegmentsDto, CategoryDto, PursuitSettings } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

/**
 * What frames a list: its segments over the whole list (the panels and the coverage line do not
 * shrink as the table is filtered), the categories, and the user's competitors and business.
 */
export function useAudienceData(accountId: number, list: AudienceList, version: number) {
  const [segments, setSegments] = useState<AudienceSegmentsDto | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const [pursuit, setPursuit] = useState<PursuitSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${accountId}\n${list}`;

  useEffect(() => {
    let live = true;
    Promise.all([
      api.audience.segments({ accountId, list, filter: {} }),
      api.categories.list(),
      api.pursuit.get(),
    ])
      .then(([nextSegments, nextCategories, nextPursuit]) => {
        if (!live) return;
        setSegments(nextSegments);
        setShown(`${accountId}\n${list}`);
        setCategories(nextCategories);
        setPursuit(nextPursuit);
        setError(null);
      })
      .catch((caught: unknown) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [accountId, list, version]);

  return { segments: shown === key ? segments : null, categories, pursuit, setPursuit, error };
}
