import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../common/dto';
import { api } from '../api';

/** Facts about this installation: version, host, folders. They do not change while running. */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    api.app
      .info()
      .then((value) => live && setInfo(value))
      .catch(() => {
        /* the connection banner explains; the screens work without it */
      });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
