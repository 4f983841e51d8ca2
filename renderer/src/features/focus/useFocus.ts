import { useEffect, useState } from 'react';
import type { FocusDto } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

/**
 * A prospect's focus in a time zone. A new zone keeps the current figures on screen until the
 * new heatmap arrives; a new account starts from nothing.
 */
export function useFocus(accountId: number, timeZone: string) {
  const [focus, setFocus] = useState<FocusDto | null>(null);
  const [shownAccount, setShownAccount] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api.focus
      .get({ accountId, timeZone })
      .then((result) => {
        if (!live) return;
        setFocus(result);
        setShownAccount(accountId);
        setError(null);
      })
      .catch((caught: unknown) => live && setError(describeError(caught)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [accountId, timeZone]);

  return { focus: shownAccount === accountId ? focus : null, loading, error };
}
