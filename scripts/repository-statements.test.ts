import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// A repository keeps its prepared statements to itself: callers get one method per operation,
// so a column rename or a changed statement never reaches past db/.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'main/db/planted-repo.ts' });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const repo = (field: string) => `import type { Db } from './sqlite';
export class PlantedRepo {
  ${field}
  constructor(db: Db) {
    this.byId = db.prepare('SELECT name FROM accounts WHERE id = ?');
  }
  name(id: number): unknown {
    return this.byId.get(id);
  }
}
`;

describe('lint keeps repository statements private', () => {
  it.each(['readonly byId;', 'byId;', 'public readonly byId;'])(
    'refuses a repository field declared `%s`',
    async (field) => {
      expect((await problems(repo(field))).some((p) => /method per operation/.test(p))).toBe(true);
    },
    60_000,
  );

  it('refuses a public statement prepared where it is declared', async () => {
    const code = `import type { Db } from './sqlite';
export class PlantedRepo {
  constructor(private readonly db: Db) {}
  readonly count = this.db.prepare('SELECT count(*) FROM accounts').pluck();
}
`;
    expect((await problems(code)).some((p) => /method per operation/.test(p))).toBe(true);
  }, 60_000);

  it('accepts the statement as a private field, and public data fields with a value', async () => {
    expect(await problems(repo('private readonly byId;'))).toEqual([]);
    expect(await problems('export class Buffer {\n  length = 0;\n}\n')).toEqual([]);
  }, 60_000);
});
