// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest reads this file as CommonJS
const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker fewer than the cores: one worker on CI's 2-core machines, where
  // the suite took about 9 minutes of a 15-minute budget. Two workers there took 6; more than
  // four would each hold a kuromoji dictionary and the routing models (about 1 GB) for little gain.
  maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
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
