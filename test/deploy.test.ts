/**
 * The deploy manifests validate against the published schemas, offline: the Kubernetes apps/v1
 * Deployment validator that `kubernetes-models` compiles from the Kubernetes OpenAPI document, and the
 * Knative serving.knative.dev/v1 Service validator that `@kubernetes-models/knative` compiles from
 * Knative's API (whose revision spec is validated as a Kubernetes PodSpec). Each runtime's container
 * carries exactly its restore capabilities, taken from RUNTIMES.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';
import { Service, type IService } from '@kubernetes-models/knative/serving.knative.dev/v1/Service';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { deployManifests, restoreSeccompType, toResourceName, writeDeployManifests, type DeployManifestOptions } from '../src/deploy/manifests.ts';
import { RUNTIMES, RUNTIME_NAMES, type RuntimeName } from '../src/runtimes.ts';

interface ContainerLike {
  name?: string;
  image?: string;
  ports?: Array<{ containerPort: number; name?: string }>;
  readinessProbe?: { httpGet?: { path?: string; port?: number | string }; periodSeconds?: number };
  securityContext?: {
    privileged?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { add?: string[]; drop?: string[] };
    seccompProfile?: { type: string };
  };
}

const base = (runtime: RuntimeName, readyPath: string | null = '/health'): DeployManifestOptions => ({
  name: 'hello-restore',
  image: 'ghcr.io/example/hello:1.0.0',
  runtime,
  port: 8080,
  readyPath,
});

/** Parses one YAML document, failing on anything that is not exactly one clean document. */
function parseOne(text: string): Record<string, unknown> {
  const docs = parseAllDocuments(text);
  expect(Array.isArray(docs) ? docs.length : 0).toBe(1);
  const [doc] = docs as Exclude<typeof docs, { empty: true }>;
  expect(doc?.errors).toEqual([]);
  expect(doc?.warnings).toEqual([]);
  return doc?.toJS() as Record<string, unknown>;
}

function container(obj: Record<string, unknown>): ContainerLike {
  const spec = (obj.spec as { template: { spec: { containers: ContainerLike[] } } }).template.spec;
  expect(spec.containers).toHaveLength(1);
  return spec.containers[0] as ContainerLike;
}

/** Runs a kubernetes-models validator and returns its error text ('' when valid). */
function schemaErrors(model: { validate(): void }): string {
  try {
    model.validate();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('deployManifests: schema validity', () => {
  it.each(RUNTIME_NAMES.flatMap((r) => [[r, '/health'] as const, [r, null] as const]))(
    '%s (readyPath %s): Deployment and Knative Service validate against their schemas',
    (runtime, readyPath) => {
      const m = deployManifests(base(runtime, readyPath));
      const dep = parseOne(m.deployment);
      const ksvc = parseOne(m.knativeService);
      expect(dep).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'hello-restore' } });
      expect(ksvc).toMatchObject({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'hello-restore' } });
      expect(schemaErrors(new Deployment(dep as unknown as IDeployment))).toBe('');
      expect(schemaErrors(new Service(ksvc as unknown as IService))).toBe('');
    },
  );

  it('the validators are live: a wrong type, a missing selector and a bad seccomp type are all rejected', () => {
    const dep = parseOne(deployManifests(base('crac')).deployment) as { spec: Record<string, unknown> };
    const wrongPort = structuredClone(dep);
    container(wrongPort).ports = [{ containerPort: '8080' as unknown as number }];
    expect(schemaErrors(new Deployment(wrongPort as unknown as IDeployment))).toMatch(/containerPort must be integer/);

    const noSelector = structuredClone(dep);
    delete noSelector.spec.selector;
    expect(schemaErrors(new Deployment(noSelector as unknown as IDeployment))).toMatch(/must have required property 'selector'|required property selector/);

    const ksvc = parseOne(deployManifests(base('liberty')).knativeService);
    const badSeccomp = structuredClone(ksvc);
    container(badSeccomp).securityContext = { seccompProfile: {} as { type: string } };
    expect(schemaErrors(new Service(badSeccomp as unknown as IService))).toMatch(/seccompProfile must have required property/);

    const capsNotList = structuredClone(ksvc);
    container(capsNotList).securityContext = { capabilities: { add: 'CHECKPOINT_RESTORE' as unknown as string[] } };
    expect(schemaErrors(new Service(capsNotList as unknown as IService))).toMatch(/capabilities\/add must be array/);
  });

  it('a crac Deployment and Knative Service equal literals type-checked against the published types', () => {
    // The schemas allow unknown fields (as the Kubernetes OpenAPI does), so field names are pinned here:
    // these literals are checked by tsc against the kubernetes-models declarations (no excess property).
    const securityContext: ISecurityContext = {
      privileged: false,
      allowPrivilegeEscalation: false,
      capabilities: { add: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] },
      seccompProfile: { type: 'RuntimeDefault' },
    };
    // Kubernetes 1.30+ reads the field; Knative does not admit it, so its Service has the annotation only
    const deploymentSecurityContext: ISecurityContext = { ...securityContext, appArmorProfile: { type: 'Unconfined' } };
    const labels = { 'app.kubernetes.io/name': 'hello-restore' };
    const annotations = { 'checkpoint-image/runtime': 'crac' };
    const podAnnotations = { ...annotations, 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' };
    const expectedDeployment: IDeployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'hello-restore', labels, annotations },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels, annotations: podAnnotations },
          spec: {
            containers: [
              {
                name: 'app',
                image: 'ghcr.io/example/hello:1.0.0',
                ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                readinessProbe: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 1, failureThreshold: 60 },
                securityContext: deploymentSecurityContext,
              },
            ],
          },
        },
      },
    };
    const expectedService: IService = {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'hello-restore', labels, annotations },
      spec: {
        template: {
          metadata: { labels, annotations: podAnnotations },
          spec: {
            containers: [
              {
                name: 'app',
                image: 'ghcr.io/example/hello:1.0.0',
                ports: [{ name: 'http1', containerPort: 8080, protocol: 'TCP' }],
                readinessProbe: { httpGet: { path: '/health', port: 8080 } },
                securityContext,
              },
            ],
          },
        },
      },
    };
    const m = deployManifests(base('crac'));
    expect(parseOne(m.deployment)).toEqual(expectedDeployment);
    expect(parseOne(m.knativeService)).toEqual(expectedService);
  });
});

describe('deployManifests: restore requirements per runtime', () => {
  it.each(RUNTIME_NAMES)('%s: exactly the restore capabilities, nothing dropped, seccomp and escalation as the restore needs', (runtime) => {
    const profile = RUNTIMES[runtime];
    const m = deployManifests(base(runtime));
    for (const text of [m.deployment, m.knativeService]) {
      const sc = container(parseOne(text)).securityContext;
      expect(sc?.capabilities?.add).toEqual([...profile.restore.capAdd]);
      expect(sc?.capabilities).not.toHaveProperty('drop');
      expect(sc?.privileged).toBe(false);
      const unconfined = profile.restore.securityOpt.includes('seccomp=unconfined');
      expect(sc?.seccompProfile).toEqual({ type: unconfined ? 'Unconfined' : 'RuntimeDefault' });
      expect(typeof sc?.allowPrivilegeEscalation).toBe('boolean');
      // The header names every granted capability, so the grant is explained where it is made.
      const header = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
      for (const cap of profile.restore.capAdd) expect(header).toContain(cap);
      expect(header).toContain(profile.docs);
    }
  });

  it('caps differ where the runtimes differ (the table is not trivially equal)', () => {
    const caps = (r: RuntimeName) => container(parseOne(deployManifests(base(r)).deployment)).securityContext?.capabilities?.add;
    expect(caps('liberty')).toEqual(['CHECKPOINT_RESTORE', 'SETPCAP']);
    expect(caps('openj9')).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP']);
    expect(caps('crac')).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE']);
    expect(restoreSeccompType('liberty')).toBe('Unconfined');
    expect(restoreSeccompType('crac')).toBe('RuntimeDefault');
  });

  it('Liberty allows privilege escalation (its non-root server gets caps from criu file capabilities); root restores do not', () => {
    const ape = (r: RuntimeName) => container(parseOne(deployManifests(base(r)).deployment)).securityContext?.allowPrivilegeEscalation;
    expect(ape('liberty')).toBe(true);
    expect(ape('crac')).toBe(false);
    expect(ape('openj9')).toBe(false);
    expect(ape('criu')).toBe(false);
  });

  it('the Knative header explains the feature flag that capabilities.add needs', () => {
    expect(deployManifests(base('crac')).knativeService).toMatch(/^# .*kubernetes\.containerspec-addcapabilities: enabled/m);
    expect(deployManifests(base('crac')).deployment).not.toContain('containerspec-addcapabilities');
  });
});

describe('deployManifests: readiness probe and ports', () => {
  it('readiness probe comes from readyPath and port; none when readyPath is null', () => {
    const withPath = deployManifests({ ...base('openj9'), port: 9080, readyPath: '/ready?deep=1' });
    for (const text of [withPath.deployment, withPath.knativeService]) {
      const c = container(parseOne(text));
      expect(c.readinessProbe?.httpGet).toEqual({ path: '/ready?deep=1', port: 9080 });
      expect(c.ports?.[0]?.containerPort).toBe(9080);
    }
    const none = deployManifests(base('openj9', null));
    expect(container(parseOne(none.deployment))).not.toHaveProperty('readinessProbe');
    expect(container(parseOne(none.knativeService))).not.toHaveProperty('readinessProbe');
  });

  it('Kubernetes probes every second; Knative keeps its own aggressive probing (no periodSeconds)', () => {
    const m = deployManifests(base('crac'));
    expect(container(parseOne(m.deployment)).readinessProbe?.periodSeconds).toBe(1);
    expect(container(parseOne(m.knativeService)).readinessProbe).not.toHaveProperty('periodSeconds');
    expect(container(parseOne(m.knativeService)).ports?.[0]?.name).toBe('http1');
  });

  it('emits plain YAML: no anchors or aliases, a comment header first', () => {
    const m = deployManifests(base('liberty'));
    for (const text of [m.deployment, m.knativeService]) {
      expect(text.startsWith('# ')).toBe(true);
      expect(text).not.toMatch(/[&*]a\d/);
      expect(parse(text)).toBeTypeOf('object');
    }
  });
});

describe('resource names', () => {
  it.each([
    ['hello-restore', 'hello-restore'],
    ['my_app', 'my-app'],
    ['My.App__v2', 'my-app-v2'],
    ['2048-game', 'app-2048-game'],
    ['-x-', 'x'],
    ['a'.repeat(70), 'a'.repeat(63)],
    [`${'a'.repeat(62)}_b`, 'a'.repeat(62)],
    ['___', ''],
  ])('%s -> %s', (input, expected) => {
    expect(toResourceName(input)).toBe(expected);
    if (expected) expect(expected).toMatch(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);
  });

  it('the manifests carry the normalized name everywhere', () => {
    const m = deployManifests({ ...base('crac'), name: 'Hello_World' });
    for (const text of [m.deployment, m.knativeService]) {
      const obj = parseOne(text) as { metadata: { name: string; labels: Record<string, string> } };
      expect(obj.metadata.name).toBe('hello-world');
      expect(obj.metadata.labels['app.kubernetes.io/name']).toBe('hello-world');
    }
  });
});

describe('deployManifests: option validation', () => {
  it.each([
    [{ name: '' }, /name: got ""/],
    [{ name: '___' }, /name: got "___"/],
    [{ image: '' }, /image: got ""/],
    [{ image: 'ghcr.io/x y' }, /image:/],
    [{ port: 0 }, /port: got 0/],
    [{ port: 8080.5 }, /port: got 8080.5/],
    [{ port: 70000 }, /port: got 70000/],
    [{ readyPath: 'health' }, /readyPath: got "health"/],
    [{ runtime: 'graal' as RuntimeName }, /runtime: got "graal"/],
  ] as Array<[Partial<DeployManifestOptions>, RegExp]>)('rejects %j', (patch, message) => {
    expect(() => deployManifests({ ...base('crac'), ...patch })).toThrow(message);
  });
});

describe('writeDeployManifests', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes deployment.yaml and knative-service.yaml (creating the folder) and returns their paths', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ci-manifests-'));
    dirs.push(root);
    const dir = join(root, 'nested', 'k8s');
    const paths = await writeDeployManifests(dir, base('openj9'));
    expect(paths).toEqual([join(dir, 'deployment.yaml'), join(dir, 'knative-service.yaml')]);
    const m = deployManifests(base('openj9'));
    expect(await readFile(paths[0] as string, 'utf8')).toBe(m.deployment);
    expect(await readFile(paths[1] as string, 'utf8')).toBe(m.knativeService);
  });

  it('writes nothing when the options are invalid', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ci-manifests-'));
    dirs.push(root);
    const dir = join(root, 'out');
    await expect(writeDeployManifests(dir, { ...base('crac'), port: 0 })).rejects.toThrow(/port/);
    await expect(readFile(join(dir, 'deployment.yaml'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it.each(RUNTIME_NAMES)('%s: AppArmor unconfined in both forms, schema-valid, the annotation naming the container', (runtime) => {
    const m = deployManifests(base(runtime));
    const dep = parseOne(m.deployment);
    const ksvc = parseOne(m.knativeService);
    expect(schemaErrors(new Deployment(dep as unknown as IDeployment))).toBe('');
    expect(schemaErrors(new Service(ksvc as unknown as IService))).toBe('');
    for (const obj of [dep, ksvc]) {
      const tpl = (obj.spec as { template: { metadata: { annotations: Record<string, string> } } }).template;
      const name = container(obj).name!;
      expect(tpl.metadata.annotations[`container.apparmor.security.beta.kubernetes.io/${name}`]).toBe('unconfined');
    }
    expect((container(dep).securityContext as { appArmorProfile?: unknown }).appArmorProfile).toEqual({ type: 'Unconfined' });
    // the field and the annotation must agree (Kubernetes 1.30+ validation): unconfined <-> Unconfined
    expect(m.deployment).toMatch(/appArmorProfile Unconfined/);
    expect(m.knativeService).toMatch(/Knative does not admit securityContext\.appArmorProfile/);
  });
});
