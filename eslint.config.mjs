// Lint rules the compiler does not enforce: promises that are neither awaited nor handled, values
// of type any flowing into typed code, hooks called out of order. Formatting is prettier's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'var/', 'dist/', 'web/dist/', 'coverage/', 'test-results/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.mjs',
            'bin/*.mjs',
            'scripts/*.mjs',
            'server/src/platform/http/*.mjs',
            'server/src/engines/ews/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fastify plugins and the interfaces they implement are async by contract, awaited or not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Vitest types its asymmetric matchers (`expect.any(String)`, `expect.stringContaining`) as any,
    // so an expected object that holds one is an "unsafe assignment" the test cannot avoid. Every
    // other unsafe-any rule stays on in tests: responses are read as `res.json<T>()` with a contract type.
    files: ['**/*.test.ts', 'server/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
