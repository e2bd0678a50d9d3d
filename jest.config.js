/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking runs once in `npm test` via tsc; jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 20000,
  // A worker keeps some of every test file's modules (the kuromoji dictionary, the routing models)
  // until it ends: with 130 files one of them ran out of heap after the last test (CI at
  // b08c17d). Past this size a worker is replaced between test files.
  workerIdleMemoryLimit: '1536MB',
};
