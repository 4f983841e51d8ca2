import type { AudienceList } from '../../common/dto';
import type { ClassifiedAccount } from '../analysis/audience';
import { importsSignature } from '../db/imports-signature';
import type { OpenWorkspace } from './session';

export type AudienceMember = ClassifiedAccount & { network: string };

interface Entry<T> {
  key: string;
  value: T;
}

/**
 * The classified follower or followee list of the last prospect asked about, and its last
 * filtered, sorted view: scrolling a 100,000-row table asks for page after page of the same view.
 * Kept while no import, removal or other edit (notes aside) has happened since.
 */
export class AudienceCache {
  private members: Entry<AudienceMember[]> | null = null;
  private view: Entry<AudienceMember[]> | null = null;
  private readonly signature;

  constructor(private readonly workspace: OpenWorkspace) {
    this.signature = importsSignature(workspace.db);
  }

  private version(): string {
    return `${this.signature()}#${this.workspace.revision.value}`;
  }

  classified(accountId: number, list: AudienceList, compute: () => AudienceMember[]): AudienceMember[] {
    const key = `${accountId}:${list}@${this.version()}`;
    if (this.members?.key !== key) this.members = { key, value: compute() };
    return this.members.value;
  }

  /** A view of the classified list (`shape` names the filter and order), computed once per version. */
  sorted(
    accountId: number,
    list: AudienceList,
    shape: string,
    compute: () => AudienceMember[],
  ): AudienceMember[] {
    const key = `${accountId}:${list}:${shape}@${this.version()}`;
    if (this.view?.key !== key) this.view = { key, value: compute() };
    return this.view.value;
  }
}

const caches = new WeakMap<OpenWorkspace, AudienceCache>();

/** The open workspace's audience cache (one per open workspace, gone when it closes). */
export function audienceCache(workspace: OpenWorkspace): AudienceCache {
  let cache = caches.get(workspace);
  if (!cache) {
    cache = new AudienceCache(workspace);
    caches.set(workspace, cache);
  }
  return cache;
}
