import { AppError } from '../../common/errors';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type Methods =
  | 'categories.list'
  | 'categories.save'
  | 'categories.delete'
  | 'categories.assign'
  | 'pursuit.get'
  | 'pursuit.save';

export function categoryHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  const repo = () => session.require().categories;
  const requireCategory = (id: number) => {
    if (!repo().exists(id)) throw new AppError('BAD_REQUEST', `There is no category #${id}.`);
  };
  return {
    'categories.list': () => repo().list(),
    'categories.save': (category) => {
      if (category.id !== undefined) requireCategory(category.id);
      return repo().save(category);
    },
    'categories.delete': ({ id }) => {
      repo().remove(id);
      return null;
    },
    'categories.assign': ({ accountId, categoryId, assigned }) => {
      requireCategory(categoryId);
      session.require().requireAccount(accountId);
      repo().assign(accountId, categoryId, assigned);
      return null;
    },
    'pursuit.get': () => session.require().pursuit.get(),
    'pursuit.save': (settings) => session.require().pursuit.save(settings),
  };
}
