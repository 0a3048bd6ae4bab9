/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: 'tsconfig.json',
        // Type errors are reported by `npm run typecheck`, not by jest. The exclude-all form (instead
        // of `diagnostics: false`) lets us silence TS151002, the "hybrid module kind" notice that
        // ts-jest otherwise prints once per test file for module "node16".
        diagnostics: { exclude: ['**/*'], ignoreCodes: [151002] },
      },
    ],
  },
  testTimeout: 60000,
};
