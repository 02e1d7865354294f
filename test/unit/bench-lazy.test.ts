// The lazy-restore experiment's commands (scripts/bench/lazy.ts): the daemon listens before the
// restore starts, the checkpoint folder travels as a positional parameter, never inside the script.
import { describe, expect, it } from 'vitest';
import { LAZY_EXTRA_CAPS, LAZY_SECURITY_OPT, lazyRestoreCommand, rootRestoreCommand } from '../../scripts/bench/lazy.ts';

describe('lazy restore experiment', () => {
  it.each(['/checkpoint', '/opt/crac files'])('dir %s: daemon first (--daemon returns once it listens), then exec restore --lazy-pages', (dir) => {
    const cmd = lazyRestoreCommand(dir);
    expect(cmd.slice(0, 2)).toEqual(['sh', '-c']);
    expect(cmd.at(-1)).toBe(dir);
    expect(cmd[2]).not.toContain(dir);
    expect(cmd[2]).toMatch(/^criu lazy-pages -D "\$1" --daemon .* && exec criu restore --lazy-pages -D "\$1" --shell-job /);
  });
  it('the control is root-mode CRIU without lazy pages, and neither runs in unprivileged mode (CRIU refuses lazy pages there)', () => {
    expect(rootRestoreCommand('/checkpoint')).toEqual(['criu', 'restore', '-D', '/checkpoint', '--shell-job', '-v3', '--log-file=restore.log', '--file-locks']);
    expect([...rootRestoreCommand('/c'), ...lazyRestoreCommand('/c')].join(' ')).not.toContain('--unprivileged');
  });
  it('needs the privileges found in CRIU and containers/common', () => {
    expect([...LAZY_EXTRA_CAPS]).toEqual(['SYS_ADMIN', 'NET_ADMIN', 'SYS_TIME']);
    expect(LAZY_SECURITY_OPT).toBe('seccomp=unconfined');
  });
});
