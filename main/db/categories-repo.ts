import type { CategoryDto } from '../../common/dto';
import type { Db } from './sqlite';

/** Categories of accounts with their keyword rules, and manual assignments. */
export class CategoriesRepo {
  constructor(private readonly db: Db) {}

  list(): CategoryDto[] {
    const categories = this.db
      .prepare<[], Omit<CategoryDto, 'rules'>>('SELECT id, name, color FROM categories ORDER BY id')
      .all();
    const rules = this.db.prepare<[number], CategoryDto['rules'][number]>(
      'SELECT field, keyword FROM category_rules WHERE category_id = ? ORDER BY id',
    );
    return categories.map((c) => ({ ...c, rules: rules.all(c.id) }));
  }

  save(category: {
    id?: number;
    name: string;
    color: string | null;
    rules: CategoryDto['rules'];
  }): CategoryDto {
    const id = this.db.transaction(() => {
      let categoryId = category.id;
      if (categoryId === undefined) {
        categoryId = Number(
          this.db
            .prepare('INSERT INTO categories(name, color) VALUES (?, ?) RETURNING id')
            .pluck()
            .get(category.name, category.color),
        );
      } else {
        this.db
          .prepare('UPDATE categories SET name = ?, color = ? WHERE id = ?')
          .run(category.name, category.color, categoryId);
        this.db.prepare('DELETE FROM category_rules WHERE category_id = ?').run(categoryId);
      }
      const insert = this.db.prepare(
        'INSERT INTO category_rules(category_id, field, keyword) VALUES (?, ?, ?)',
      );
      for (const rule of category.rules) insert.run(categoryId, rule.field, rule.keyword.trim());
      return categoryId;
    })();
    return this.list().find((c) => c.id === id)!;
  }

  exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM categories WHERE id = ?').get(id) !== undefined;
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM categories WHERE id = ?').run(id);
  }

  /** Categories assigned by hand, per account id (a short list: the user makes each one). */
  manualAssignments(): Map<number, number[]> {
    const rows = this.db
      .prepare<[], { accountId: number; categoryId: number }>(
        'SELECT account_id AS accountId, category_id AS categoryId FROM account_categories WHERE manual = 1',
      )
      .all();
    const result = new Map<number, number[]>();
    for (const { accountId, categoryId } of rows) {
      result.set(accountId, [...(result.get(accountId) ?? []), categoryId]);
    }
    return result;
  }

  assign(accountId: number, categoryId: number, assigned: boolean): void {
    if (assigned) {
      this.db
        .prepare(
          'INSERT OR REPLACE INTO account_categories(account_id, category_id, manual) VALUES (?, ?, 1)',
        )
        .run(accountId, categoryId);
    } else {
      this.db
        .prepare('DELETE FROM account_categories WHERE account_id = ? AND category_id = ?')
        .run(accountId, categoryId);
    }
  }
}
