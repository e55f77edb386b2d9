// Type-aware lint for the whole monorepo. Import boundaries follow docs/ARCHITECTURE.md:
// core and tools import nothing of ours (tools may read core's taxonomy), contracts only
// core, web only contracts; across packages only through the package name.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ours = (except) =>
  [
    '@shuan/core',
    '@shuan/contracts',
    '@shuan/tools',
    '@shuan/connectors',
    '@shuan/db',
    '@shuan/demo',
    '@shuan/cli',
    '@shuan/server',
  ]
    .filter((name) => !except.includes(name))
    .flatMap((name) => [name, `${name}/*`]);

const restrict = (files, allowed, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ours(allowed), message },
          {
            group: ['../../packages/*', '../../../packages/*', '../../apps/*', '../../../apps/*'],
            message: 'Import other packages by their @shuan/* name.',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'test-output/**', '**/*.js', '!eslint.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' },
          ],
        },
      ],
    },
  },
  restrict(['packages/core/**'], [], 'core imports nothing of ours.'),
  {
    // tools is a standalone toolkit: it reads core's vocabulary (taxonomy values, port types)
    // and nothing else of ours.
    files: ['packages/tools/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@shuan/core',
              message: 'tools may import only types from @shuan/core.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ours([]).filter((p) => !p.startsWith('@shuan/core')),
              message: 'tools imports only @shuan/core/taxonomy and core types.',
            },
          ],
        },
      ],
    },
  },
  restrict(['packages/contracts/**'], ['@shuan/core'], 'contracts may import only core.'),
  restrict(
    ['packages/connectors/**', 'packages/db/**'],
    ['@shuan/core'],
    'connectors and db implement core ports; they import only core.',
  ),
  restrict(['packages/demo/**'], ['@shuan/core'], 'demo imports only core.'),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
