/**
 * The committed CLI bundle, run as a user would: `node dist/cli.js ...`, no install step.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_SPECS } from '../../src/inputs.ts';
import { startLocalRegistry } from '../../src/local-registry.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { ROOT } from '../support/action-harness.ts';
import { leftovers, podman, requireHost } from '../support/e2e.ts';

function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(stdin);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const corpus = (f: string) => path.join(ROOT, 'test', 'diagnosis', 'corpus', f);

describe('checkpoint-image diagnose', () => {
  it('--json prints the findings, most likely cause first, exit 0', async () => {
    const r = await cli(['diagnose', '--json', corpus('criu-seccomp-lab.log')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(out.findings[0]).toMatchObject({ category: 'seccomp', signature: 'criu-seccomp-suspend', stage: 'checkpoint' });
    expect(Object.keys(out.findings[0]!)).toEqual(expect.arrayContaining(['category', 'signature', 'stage', 'cause', 'remedy', 'file', 'line']));
  });

  it('prints a readable report and exits 0 when nothing is found', async () => {
    const r = await cli(['diagnose', corpus('lab-seed-ok.log')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No known failure signature found/);
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const r = await cli(['diagnose', '/nonexistent/dump.log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read log file \/nonexistent\/dump\.log/);
  });
});

describe('checkpoint-image build', () => {
  beforeAll(requireHost);

  it('bad input: exit 2, the input named, nothing started', async () => {
    const r = await cli(['build', '--runtime', 'criu', '--image', 'x', '--ready-url', '/', '--push', 'yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "push": got "yes"; allowed: `true` or `false`/);
    expect(r.stdout).toBe('');
  });

  it('unknown flags are refused', async () => {
    const r = await cli(['build', '--runtime', 'criu', '--image', 'localhost/x', '--ready-url', '/', '--bogus', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--bogus'/);
  });

  it('the password is never a flag: a command that is valid but for --password is refused, and the value is not echoed', async () => {
    // every other flag valid: without --password this command would run the pipeline
    const valid = ['build', '--runtime', 'criu', '--image', 'localhost/x', '--ready-url', '/', '--username', 'ci'];
    for (const flag of [['--password', 'hunter2-canary'], ['--password=hunter2-canary']]) {
      const r = await cli([...valid, ...flag]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/--password is not a flag: .*Fix: pipe it on stdin with --password-stdin/);
      expect(r.stdout + r.stderr).not.toContain('hunter2-canary');
    }
    // the same command with the password on stdin gets past flag parsing to input validation
    const stdin = await cli([...valid, '--password-stdin', '--push', 'maybe'], 'hunter2-canary\n');
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/Input "push": got "maybe"/);
    expect(stdin.stdout + stdin.stderr).not.toContain('hunter2-canary');
  });

  it('--json prints the outputs as one object; --password-stdin logs in; exit 0', async () => {
    const reg = await startLocalRegistry({ auth: { username: 'cli', password: 'cli-Pass-0815' } });
    try {
      const context = track(await prepareSampleContext());
      const r = await cli(
        ['build', '--runtime', 'criu', '--context', context, '--image', 'sample-cli', '--registry', reg.address, '--tags', 'one', '--tags', 'two',
          '--ready-url', '/', '--compare-runs', '1', '--push', 'true', '--tls-verify', 'false', '--username', 'cli', '--password-stdin', '--json'],
        'cli-Pass-0815\n',
      );
      expect(r.code, r.stderr.slice(-2000)).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      for (const k of Object.keys(OUTPUT_SPECS)) expect(out).toHaveProperty(k);
      expect(out).toMatchObject({ ok: true, image: `${reg.address}/sample-cli:one` });
      expect(out.digest).toMatch(/^sha256:/);
      expect(r.stdout + r.stderr).not.toContain('cli-Pass-0815');
      expect(await leftovers(path.basename(String(out['log-dir'])))).toEqual([]);
      for (const t of ['one', 'two']) await podman(['rmi', `${reg.address}/sample-cli:${t}`]);
    } finally {
      await reg.stop();
    }
  }, 600_000);
});
