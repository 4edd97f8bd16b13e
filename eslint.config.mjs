import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What no engine module may import: the engine is pure (text in, findings out). */
const PURE_ENGINE = [
  {
    group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'],
    message: 'The engine must not depend on LSP or VS Code.',
  },
  { group: ['node:fs', 'fs', 'node:child_process', 'child_process'], message: 'The engine does no I/O; pass text in.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', '.tmp/**', '.vscode-test/**', '.tools/**', '.screenshots/**'] },
  js.configs.recommended,
  // Type-aware rules (vscode-eslint habit): they catch floating promises in notification handlers.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 140; this catches what it cannot (comments). Strings, regexes and URLs are data.
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      'no-control-regex': 'off',
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read parsed JSON reports and run code in browser pages: `any` is their daily bread.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The engine is pure: it must run in the CLI, the language server and tests alike.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: PURE_ENGINE,
        },
      ],
    },
  },
  {
    // One provider per file (issue 13): a provider file imports only the kit and engine modules
    // (types, patterns, post-validators …) — never another provider, a theme file or test data.
    files: ['server/src/engine/detectors/*/*.ts'],
    ignores: ['server/src/engine/detectors/kit/**', 'server/src/engine/detectors/**/*.examples.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PURE_ENGINE,
            {
              // Allowed: ../kit/index.js and ../../<engine module>. Anything else relative is a sibling or
              // another family's provider (./x, ../family/x) or a legacy theme file (../x.js).
              regex: '^(?:\\./|\\.\\./(?!kit/index\\.js$)[^./][^/]*(?:/|\\.js$))',
              message:
                'Provider files import only ../kit/index.js and engine modules (../../types.js …), never another provider or theme file.',
            },
            {
              regex: '(?:^|/)(?:fake|examples)(?:\\.js)?$|\\.examples(?:\\.js)?$',
              message: 'Examples and fakes are test data: keep them in <provider>.examples.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
