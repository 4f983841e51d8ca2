import type { AppInfo } from '../../common/dto';
import type { HandlerSlice } from './types';

export function appHandlers(info: AppInfo): HandlerSlice<'app.info'> {
  return { 'app.info': () => info };
}
