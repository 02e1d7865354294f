#!/usr/bin/env node
/** Bundle entry of `dist/cli.js`. */
import { main } from './cli.ts';

process.exitCode = await main(process.argv.slice(2));
