import { AppError } from '../../common/errors';
import { CategoriesRepo } from '../db/categories-repo';
import { PursuitRepo } from '../db/pursuit-repo';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

type Methods =
  | 'categories.list'
  | 'categories.save'
  | 'categories.delete'
  | 'categories.assign'
  | 'pursuit.get'
  | 'pursuit.save';

export function categoryHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  const repo = () => new CategoriesRepo(session.require().db);
  return {
    'categories.list': () => repo().list(),
    'categories.save': (category) => {
      if (category.id !== undefined && !repo().exists(category.id))
        throw new AppError('BAD_REQUEST', `There is no category #${category.id}.`);
      return repo().save(category);
    },
    'categories.delete': ({ id }) => {
      repo().remove(id);
      return null;
    },
    'categories.assign': ({ accountId, categoryId, assigned }) => {
      if (!repo().exists(categoryId))
        throw new AppError('BAD_REQUEST', `There is no category #${categoryId}.`);
      if (!session.require().accounts.brief(accountId))
        throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
      repo().assign(accountId, categoryId, assigned);
      return null;
    },
    'pursuit.get': () => new PursuitRepo(session.require().db).get(),
    'pursuit.save': (settings) => new PursuitRepo(session.require().db).save(settings),
  };
}
