/**
 * checkpoint-image as a library: the same pipeline the action and the CLI run.
 *
 *   import { runPipeline, consoleReporter } from 'checkpoint-image';
 *   const result = await runPipeline({ runtime: 'criu', image: 'localhost/app', 'ready-url': '/' },
 *                                    { reporter: consoleReporter() });
 */
export { runPipeline, defaultLogDir, type PipelineResult, type PipelineOptions, type PhaseResult, type Outputs } from './pipeline/run.ts';
export { parseInputs, InputError, INPUT_SPECS, OUTPUT_SPECS, type Config, type RawInputs, type InputName } from './inputs.ts';
export { RUNTIMES, RUNTIME_NAMES, TRIGGERS, type RuntimeName, type RuntimeProfile, type Trigger } from './runtimes.ts';
export { consoleReporter, recordingReporter, type Reporter } from './reporter.ts';
export { analyze, readLogs } from './diagnosis/analyze.ts';
export { SIGNATURES } from './diagnosis/signatures.ts';
export type { Finding, Signature, Category, Stage, LogInput } from './diagnosis/types.ts';
export { summaryMarkdown } from './report/summary.ts';
export { preflight, PreflightError } from './preflight.ts';
export { Podman } from './podman.ts';
export { deployManifests, writeDeployManifests } from './deploy/manifests.ts';
export { VERSION } from './version.ts';
