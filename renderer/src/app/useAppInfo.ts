import type { AppInfo } from '../../../common/dto';
import { useApiQuery } from '../api/useApiQuery';

/** Facts about this installation: version, host, folders. They do not change while running. */
export function useAppInfo(): AppInfo | null {
  // A failure leaves it null: the connection banner explains, and the screens work without it.
  return useApiQuery('app.info', {}, { workspaceFree: true }).data;
}
