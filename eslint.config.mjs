import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries in the SPA (after bulletproof-react's zones): a file in `src/features/<name>/` imports
 * only its own feature, `src/shared/`, `src/app/` where it cannot be helped, `src/test/` in tests, and
 * `@kokemus/api-client`. What two features both need moves to `src/shared/`, or a route in `src/app/`
 * composes them. Import paths are relative, so there is one block per folder depth inside a feature:
 * from `features/x/` one `../` reaches the other features, from `features/x/components/` two do.
 */
const FEATURE_BOUNDARY =
  'Features never import each other: move what both need into src/shared/, or compose them in a route in src/app/.';
const OUTSIDE_FEATURE =
  'A feature imports only its own files, src/shared/, src/app/ (where unavoidable) and @kokemus/api-client.';
const webFeatureBoundaries = [0, 1, 2, 3].map((depth) => {
  const up = (n) => '\\.\\./'.repeat(n);
  return {
    files: [`apps/web/src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // features/<other>/… (or its own, the long way round), also by way of src/features/
            { regex: `^(${up(depth + 1)}(?!\\.\\./)|${up(depth + 2)}features/)`, message: FEATURE_BOUNDARY },
            // src/<anything but shared, app or test>/…
            { regex: `^${up(depth + 2)}(?!(shared|app|test|features)/|\\.\\./)`, message: OUTSIDE_FEATURE },
            // out of src/ altogether, or through the base URL instead of a relative path or an alias
            { regex: `^(${up(depth + 3)}|(apps|libs|src)/)`, message: OUTSIDE_FEATURE },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'libs/api-client/src/generated/**',
      'apps/web/test-results/**',
      'apps/web/playwright-report/**',
      'apps/web/e2e-artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    // Nest reads constructor parameter types at run time (emitDecoratorMetadata): a type-only import
    // there would break injection, so the API decides type imports case by case.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/api/test/**/*.ts', 'apps/api/**/*.spec.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...webFeatureBoundaries,
  prettier,
);
