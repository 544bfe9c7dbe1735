/* eslint-disable @typescript-eslint/no-require-imports -- loaded with node --require, so CommonJS */
// Stands in for the `electron` module when the bundled main process is run by plain Node in
// tests of its command-line modes (--print-config, --migrate-shortcuts), which must finish
// before any window exists. Anything that would open a window fails loudly.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron') return __filename;
  return resolve.call(this, request, ...rest);
};
const refuse = (what) => () => {
  throw new Error(`the stub cannot ${what}: a command-line mode went on to start the app`);
};
module.exports = {
  app: {
    isPackaged: process.env.TELEQ_STUB_PACKAGED === '1',
    exit: (code) => {
      process.exitCode = code;
    },
    requestSingleInstanceLock: refuse('take the single-instance lock'),
    whenReady: refuse('start the app'),
    getPath: refuse('open the user data folder'),
    on: () => undefined,
    quit: () => undefined,
  },
  protocol: { registerSchemesAsPrivileged: refuse('register app://') },
};
