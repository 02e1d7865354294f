/**
 * How podman reads an argv, for tests: a small model of spf13/pflag as podman's cobra commands use
 * it (podman cmd/podman/*, vendored github.com/spf13/pflag flag.go: `--` ends the options; a flag
 * that takes a value consumes the next element whatever it starts with; `--flag=value` carries its
 * value; `run` and `exec` stop reading options at their first operand, SetInterspersed(false)).
 *
 * FLAGS lists, per subcommand, only the options the product itself writes: any other element read as
 * an option (a user value, a typo) is reported, so the table must grow with the product.
 */

/** true: the option takes a value (the next element unless written `--flag=value`). */
type FlagTable = Readonly<Record<string, boolean>>;

const GLOBAL: FlagTable = { '--runtime': true, '--root': true, '--runroot': true, '--cgroup-manager': true, '--cni-config-dir': true };

export const FLAGS: Readonly<Record<string, FlagTable>> = {
  version: { '--format': true },
  info: { '--format': true },
  build: { '-t': true, '-f': true, '--build-arg': true, '--label': true, '--ulimit': true, '--tls-verify': false },
  run: {
    '--name': true, '-d': false, '--rm': false, '--network': true, '-p': true, '--privileged': false, '--cap-add': true,
    '--security-opt': true, '-e': true, '--label': true, '--ulimit': true, '--entrypoint': true,
  },
  exec: {},
  commit: { '-q': false, '--change': true },
  push: { '--quiet': false, '--tls-verify': false, '--compression-format': true, '--digestfile': true, '--authfile': true },
  pull: { '--quiet': false, '--tls-verify': false },
  login: { '--tls-verify': false, '--username': true, '--password-stdin': false, '--authfile': true },
  'image inspect': { '--format': true },
  'container inspect': { '--format': true },
  'image exists': {},
  'container exists': {},
  'image mount': {},
  'image unmount': {},
  history: { '--format': true },
  kill: { '--signal': true },
  rm: { '-f': false, '-t': true, '--ignore': false },
  stop: { '-t': true, '--ignore': false },
  ps: { '-a': false, '--filter': true, '--format': true },
  top: {},
  rmi: {},
  wait: { '--interval': true },
  mount: {},
  umount: {},
  logs: { '--follow': false },
  tag: {},
  untag: {},
  save: { '--quiet': false, '--output': true, '-m': false },
  load: { '--quiet': false, '--input': true },
};

/** Every option the product writes, in any subcommand. */
export const PRODUCT_OPTIONS: ReadonlySet<string> = new Set([...Object.keys(GLOBAL), ...Object.values(FLAGS).flatMap((t) => Object.keys(t))]);

/** Subcommands whose options end at their first operand (what follows is the container's command). */
const NOT_INTERSPERSED = new Set(['run', 'exec']);
/** Subcommands that are groups: `podman image inspect`. */
const GROUPS = new Set(['image', 'container']);

export type Role = 'option' | 'value' | 'separator' | 'verb' | 'operand' | 'command';

export interface ReadArgv {
  verb: string;
  /** The role podman gives each element of argv (same length as argv). */
  roles: Role[];
  /** Elements read as options that the product does not write for this subcommand. */
  unknownOptions: string[];
  /** Operands (after options, or after `--`), e.g. the context of `build`, the image of `run`. */
  operands: string[];
  /** For `run`/`exec`: the container's command, after the image (or container). */
  command: string[];
}

const flagName = (a: string) => (a.startsWith('--') ? a.split('=')[0]! : a.slice(0, 2));

/** Reads a podman argv (without the `podman` itself) the way podman's flag parser does. */
export function readPodmanArgv(argv: readonly string[]): ReadArgv {
  const roles: Role[] = [];
  const unknownOptions: string[] = [];
  const operands: string[] = [];
  const command: string[] = [];
  let verb = '';
  let table: FlagTable = GLOBAL;
  let afterDash = false;
  let inCommand = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (inCommand) {
      roles.push('command');
      command.push(a);
      continue;
    }
    if (!afterDash && a === '--') {
      roles.push('separator');
      afterDash = true;
      continue;
    }
    if (!afterDash && a.startsWith('-') && a.length > 1) {
      roles.push('option');
      const name = flagName(a);
      const takes = table[name] ?? GLOBAL[name];
      if (takes === undefined) unknownOptions.push(a);
      // `--flag=value` and `-fvalue` carry their value; otherwise a value flag takes the next element
      const inline = a.startsWith('--') ? a.includes('=') : a.length > 2;
      if (takes && !inline && i + 1 < argv.length) {
        roles.push('value');
        i++;
      }
      continue;
    }
    if (!verb || (GROUPS.has(verb) && !verb.includes(' '))) {
      verb = verb ? `${verb} ${a}` : a;
      roles.push('verb');
      table = FLAGS[verb] ?? {};
      if (!GROUPS.has(verb) && FLAGS[verb] === undefined) unknownOptions.push(`(unknown subcommand ${verb})`);
      afterDash = false;
      continue;
    }
    roles.push('operand');
    operands.push(a);
    if (NOT_INTERSPERSED.has(verb)) inCommand = true;
  }
  return { verb, roles, unknownOptions, operands, command };
}

/** Elements of argv that podman reads as an option and that equal one of `values`. */
export function valuesAtOptionPositions(argv: readonly string[], values: readonly string[]): string[] {
  const { roles } = readPodmanArgv(argv);
  return argv.filter((a, i) => roles[i] === 'option' && values.includes(a));
}
