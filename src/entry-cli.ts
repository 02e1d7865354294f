#!/usr/bin/env node
/**
 * Bundle entry of `dist/cli.js`. For `build`, podman's version (the first host check) is asked
 * before the rest of the CLI is evaluated, so that podman's start-up runs beside node's module
 * loading; the import stays in this file (webpackMode "eager": no extra chunk), only its evaluation
 * waits.
 */
import { startVersionProbe } from './preflight.ts';

const argv = process.argv.slice(2);
const probe = argv[0] === 'build' && !argv.includes('--help') ? startVersionProbe() : null;
const { main } = await import(/* webpackMode: "eager" */ './cli.ts');
try {
  process.exitCode = await main(argv, undefined, { versionProbe: probe?.result });
} finally {
  // a run that stopped before its host checks (bad input) does not wait for the probe
  probe?.stop();
}
