import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Plants files that break the layering and checks `npm run lint` would refuse each one, with
// the layer's reason, and that the same imports are accepted where the layering allows them.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const planted: [file: string, code: string, reason: RegExp][] = [
  [
    'main/analysis/planted.ts',
    "import { FocusRepo } from '../db/focus-repo';\nexport const planted = FocusRepo;\n",
    /Analysis is pure/,
  ],
  [
    'main/importers/formats/x-archive/planted.ts',
    "import { SourcesRepo } from '../../../db/sources-repo';\nexport const planted = SourcesRepo;\n",
    /Format readers yield records/,
  ],
  [
    'main/brief/planted.ts',
    "import { findPaths } from '../api/paths';\nexport const planted = findPaths;\n",
    /The brief stands beside api/,
  ],
  [
    'main/host/cli/planted.ts',
    "import { SearchRepo } from '../../db/search-repo';\nexport const planted = SearchRepo;\n",
    /Hosts reach the core through api/,
  ],
  [
    'main/db/planted.ts',
    "import { runImport } from '../ingest/pipeline';\nexport const planted = runImport;\n",
    /db\/ holds the SQL/,
  ],
  [
    'main/api/planted.ts',
    "import type { Db } from '../db/sqlite';\nexport function planted(db: Db) {\n  return db.prepare('SELECT 1').get();\n}\n",
    /adapters over the workspace/,
  ],
  [
    'main/workspace/planted.ts',
    "import type { Db } from '../db/sqlite';\nexport function planted(db: Db) {\n  return db.prepare('SELECT 1').get();\n}\n",
    /SQL lives in main\/db/,
  ],
];

describe('lint enforces the layering', () => {
  it.each(planted)(
    'refuses %s',
    async (file, code, reason) => {
      const found = await problems(file, code);
      expect(found.some((p) => reason.test(p))).toBe(true);
    },
    60_000,
  );

  it('accepts the same kind of imports where the layers allow them', async () => {
    expect(
      await problems(
        'main/workspace/planted.ts',
        "import { FocusRepo } from '../db/focus-repo';\nexport const planted = FocusRepo;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'main/db/planted.ts',
        "import type { Db } from './sqlite';\nexport const planted = (db: Db) => db.prepare('SELECT 1');\n",
      ),
    ).toEqual([]);
  }, 60_000);
});
