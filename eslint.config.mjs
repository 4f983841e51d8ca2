// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
  'stream',
];

/** Helpers for tests that live beside the readers they exercise (not shipped, not layered). */
const testHelpers = [
  'main/importers/formats/contacts-shared/property-checks.ts',
  'main/importers/formats/contacts-shared/test-files.ts',
  'main/importers/formats/contacts-shared/contact-arbitraries.ts',
  'main/importers/formats/x-api-shared/v2-generators.ts',
];

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Only the Electron shell may load electron: anything else would break tests, CLI and browser mode.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron and preload may import electron.' }] },
      ],
    },
  },
  {
    // The folder is the runtime: common/ is plain TypeScript that runs anywhere.
    files: ['common/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'common/ must not depend on Electron.' }],
          patterns: [
            { group: nodeBuiltins, message: 'common/ must not depend on Node.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', 'react', 'react-dom'],
              message: 'common/ imports only common/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the core only through AppApi.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a browser: no Node modules.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer sees only common/ and its own code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'preload/**/*.ts', 'e2e/electron*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // The layers of the core (docs/architecture.md, "Layers"), in the style of VS Code's import
  // rules: each folder lists the folders it must not reach. Tests may cross layers to set up.
  ...layer('main/analysis', 'Analysis is pure: records in, results out.', [
    'db',
    'importers',
    'ingest',
    'workspace',
    'api',
    'brief',
    'host',
    'prefs',
    'electron',
  ]),
  ...layer('main/importers', 'Format readers yield records and write nothing.', [
    'db',
    'workspace',
    'api',
    'brief',
    'host',
    'prefs',
    'electron',
  ]),
  ...layer('main/db', 'db/ holds the SQL and calls nothing above it.', [
    'importers',
    'ingest',
    'workspace',
    'api',
    'brief',
    'host',
    'prefs',
    'electron',
  ]),
  ...layer('main/ingest', 'Import writing sits below the hosts.', ['api', 'brief', 'host', 'electron']),
  ...layer('main/workspace', 'The workspace layer sits below the hosts.', [
    'api',
    'brief',
    'host',
    'electron',
  ]),
  ...layer('main/brief', 'The brief stands beside api/ and uses the workspace layer.', [
    'api',
    'host',
    'electron',
    'db/sqlite',
  ]),
  ...layer('main/api', 'api/ handlers are adapters over the workspace and ingest layers.', [
    'db',
    'host',
    'electron',
  ]),
  ...layer('main/host', 'Hosts reach the core through api/.', ['db', 'ingest', 'importers', 'electron']),
  ...layer(
    'main/electron',
    'The Electron shell reaches the core through api/.',
    ['db', 'ingest', 'importers'],
    true,
  ),
  ...layer('main/prefs', 'App preferences know nothing of workspaces.', ['db', 'api', 'workspace', 'ingest']),
  {
    // SQL lives in db/: elsewhere a statement is prepared or run only through a repository.
    files: ['main/**/*.ts'],
    ignores: ['main/db/**', '**/*.test.ts', 'main/test-support/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma|transaction)$/]',
          message: 'SQL lives in main/db/: add a repository method.',
        },
        {
          selector: "CallExpression[callee.property.name='exec'][callee.object.name=/^(db|database)$/]",
          message: 'SQL lives in main/db/: add a repository method.',
        },
      ],
    },
  },
  {
    // A repository's statements stay inside it: callers get a method per operation (issue 12).
    files: ['main/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Statements are fields set in the constructor, or set where declared with prepare().
          selector:
            "ClassBody > PropertyDefinition[static!=true][accessibility!='private'][key.type!='PrivateIdentifier']:matches([value=null], :has(CallExpression[callee.property.name='prepare']))",
          message: 'Keep the field private: a repository offers a method per operation, not its statements.',
        },
      ],
    },
  },
);

/**
 * The lint block for one folder of the core: it may not import from the folders in `denied`
 * (names relative to main/), nor from a host. Tests and test support are left out.
 */
function layer(folder, why, denied, electronAllowed = false) {
  const hostPatterns = electronAllowed
    ? []
    : [{ group: ['**/renderer/**', '**/preload/**'], message: 'The core does not depend on a host.' }];
  return [
    {
      files: [`${folder}/**/*.ts`],
      ignores: ['**/*.test.ts', '**/test-support/**', ...testHelpers],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: electronAllowed
              ? []
              : [{ name: 'electron', message: 'Only main/electron may import electron.' }],
            patterns: [
              ...hostPatterns,
              {
                group: denied
                  .map((d) => `**/main/${d}`)
                  .concat(
                    denied.map((d) => `**/main/${d}/**`),
                    denied.flatMap((d) => relativeTo(folder, d)),
                  ),
                message: why,
              },
            ],
          },
        ],
      },
    },
  ];
}

/**
 * Relative spellings of main/<target> from inside a folder of main/ (up to four levels deep). A
 * spelling that climbs less far names a folder that does not exist, so it costs nothing.
 */
function relativeTo(_folder, target) {
  return [1, 2, 3, 4].flatMap((up) => [`${'../'.repeat(up)}${target}`, `${'../'.repeat(up)}${target}/**`]);
}
