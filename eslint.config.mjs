// ESLint flat config. The one architectural rule that matters most: `vscode` may be
// imported only under src/vscode (and the integration tests), so the core and the CLI
// stay runnable in plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const noVscode = {
  'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core and src/cli must not import vscode; put VS Code code under src/vscode.' }] }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '*.vsix', 'examples/**'] },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      // `[가-힣]` (all Hangul syllables) is the standard way to match Korean text, not an obscure range.
      'regexp/no-obscure-range': 'off',
    },
  },
  { files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'test/unit/**/*.ts'], rules: noVscode },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
