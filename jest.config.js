// One jest run, three tiers (STYLE.md "Tests"): pure unit specs beside the code, API e2e against a real
// PostgreSQL, and browser tests driving a real Chromium. TZ is pinned to UTC by test/support/env.js.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

// NestJS 12 ships ES modules only, so jest runs in ESM mode (node --experimental-vm-modules).
// CommonJS packages in node_modules that require() an ESM-only dependency: that dependency is compiled
// to CommonJS for jest (Node 20 can require(esm) natively, jest's module loader on Node 20 cannot).
const esmRequiredFromCjs = ['content-disposition'];
const swcToCjs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

const moduleNameMapper = {
  '^@lifeline/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@lifeline/api-contract$': '<rootDir>/libs/api-contract/src/index.ts',
};

const base = {
  rootDir: __dirname,
  transform: {
    [`/node_modules/(${esmRequiredFromCjs.join('|')})/.+\\.js$`]: swcToCjs,
    '^.+\\.(t|j)sx?$': swc,
  },
  moduleNameMapper,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  setupFiles: ['<rootDir>/test/support/env.js'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmRequiredFromCjs.join('|')})/)`],
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'api',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
