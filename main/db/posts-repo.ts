import type { PostDto } from '../../common/dto';
import type { Db } from './sqlite';

/** Posts by id, for the lists behind every focus item and search result. */
export class PostsRepo {
  constructor(private readonly db: Db) {}

  byIds(ids: number[]): PostDto[] {
    const stmt = this.db.prepare<
      [number],
      Omit<PostDto, 'author'> & {
        authorId: number | null;
        authorNetwork: string | null;
        handle: string | null;
        name: string | null;
      }
    >(
      `SELECT p.id, p.network, p.external_id AS externalId, p.text, p.kind, p.created_at AS createdAt,
              p.like_count AS likeCount, p.repost_count AS repostCount,
              a.id AS authorId, a.network AS authorNetwork, a.handle, a.name
       FROM posts p LEFT JOIN accounts a ON a.id = p.author_id WHERE p.id = ?`,
    );
    return ids.flatMap((id) => {
      const row = stmt.get(id);
      if (!row) return [];
      const { authorId, authorNetwork, handle, name, ...post } = row;
      return [
        {
          ...post,
          author:
            authorId === null
              ? null
              : { id: authorId, network: authorNetwork as PostDto['network'], handle, name },
        },
      ];
    });
  }
}
