/** @type {import('jest').Config} */
const swcOptions = (ignoreDynamic) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic },
    sourceMaps: 'inline',
  },
];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: {
    // Our code keeps import() native: the embedded PostgreSQL package is ESM-only (global setup only).
    '^.+\\.ts$': swcOptions(true),
    // ESM-only dependencies (and a dynamic import() of one) become CommonJS for Jest's runtime.
    '^.+\\.m?js$': swcOptions(false),
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/)?(content-disposition|cookie|@fastify\\+static|@fastify/static|@fastify\\+cookie|@fastify/cookie))',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: 30_000,
  clearMocks: true,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
