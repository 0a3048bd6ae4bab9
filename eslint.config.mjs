// ESLint flat config: typescript-eslint's recommended rules on src/, tests/, bench/ and scripts/;
// formatting is Prettier's job (eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-node/**',
      'out/**',
      'node_modules/**',
      'coverage/**',
      'tests/fakes/gas-members.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // page.evaluate callbacks run in the browser; the root tsconfig has no DOM lib (it would leak DOM
    // globals into the Apps Script code), so these tests declare window/document loosely as any.
    files: ['tests/ui/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/ui/sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
