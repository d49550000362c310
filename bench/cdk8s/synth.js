#!/usr/bin/env node
// cdk8s synth of the benchmark workloads, timed, for comparison with ProbeGen (bench/README.md).
//
//   node synth.js [../out/w1000/workloads.json] [--repeat 3] [--out dist] [--in-memory]
//
// One chart per workload (as the generator writes one manifest per workload), cdk8s-plus-33 constructs
// (Deployment, Pod, Job) with the same containers, ports, env, resources and probes; app.synth() writes one YAML file
// per chart. Reports, per pass (a new App each): construct time, synth time (validation, resolution, YAML, files) and
// their sum per manifest. The first pass is what one `cdk8s synth` run pays (cold JIT); later passes are warm.
// --in-memory: app.synthYaml() (one YAML string, no files) instead of app.synth(), to leave the file system out.
'use strict';
const t0 = process.hrtime.bigint();
const fs = require('fs');
const path = require('path');
const cdk8s = require('cdk8s');
const kplus = require('cdk8s-plus-33');
const tRequire = process.hrtime.bigint();

const args = process.argv.slice(2);
let input = path.join(__dirname, '..', 'out', 'w1000', 'workloads.json');
let repeat = 3;
let outdir = path.join(__dirname, 'dist');
let inMemory = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = parseInt(args[++i], 10);
  else if (args[i] === '--out') outdir = args[++i];
  else if (args[i] === '--in-memory') inMemory = true;
  else input = args[i];
}
const workloads = JSON.parse(fs.readFileSync(input, 'utf8'));
const { Duration, Size } = cdk8s;

function probe(p, ports) {
  if (!p) return undefined;
  const options = {};
  if (p.initialDelaySeconds != null) options.initialDelaySeconds = Duration.seconds(p.initialDelaySeconds);
  if (p.periodSeconds != null) options.periodSeconds = Duration.seconds(p.periodSeconds);
  if (p.timeoutSeconds != null) options.timeoutSeconds = Duration.seconds(p.timeoutSeconds);
  if (p.failureThreshold != null) options.failureThreshold = p.failureThreshold;
  // cdk8s-plus probes take a port number, not a name: the named port's number (the same container port).
  const port = p.portName ? ports.find(x => x.name === p.portName).number : undefined;
  switch (p.handler) {
    case 'http': return kplus.Probe.fromHttpGet(p.path, { ...options, port });
    case 'tcp': return kplus.Probe.fromTcpSocket({ ...options, port });
    default: return kplus.Probe.fromCommand(p.command, options);
  }
}

function mebibytes(q) { return Size.mebibytes(parseInt(q, 10)); }

function container(c) {
  const props = {
    name: c.name,
    image: c.image,
    args: c.args,
    ports: c.ports.map(p => ({ number: p.number, name: p.name })),
    envVariables: Object.fromEntries(c.env.map(e => [e.name, kplus.EnvValue.fromValue(e.value)])),
    startup: probe(c.startup, c.ports),
    readiness: probe(c.readiness, c.ports),
    liveness: probe(c.liveness, c.ports),
  };
  if (c.resources) {
    props.resources = {
      cpu: { request: kplus.Cpu.millis(parseInt(c.resources.cpuRequest, 10)) },
      memory: { request: mebibytes(c.resources.memoryRequest), limit: c.resources.memoryLimit ? mebibytes(c.resources.memoryLimit) : undefined },
    };
  }
  return props;
}

function chart(app, w) {
  const c = new cdk8s.Chart(app, w.name, { namespace: w.namespace, disableResourceNameHashes: true });
  const common = {
    metadata: { name: w.name, labels: w.labels },
    containers: w.containers.map(container),
    terminationGracePeriod: w.terminationGracePeriodSeconds != null ? Duration.seconds(w.terminationGracePeriodSeconds) : undefined,
  };
  switch (w.kind) {
    case 'Deployment':
      new kplus.Deployment(c, 'workload', { ...common, replicas: w.replicas, revisionHistoryLimit: w.revisionHistoryLimit, podMetadata: { labels: w.labels } });
      break;
    case 'Job':
      new kplus.Job(c, 'workload', {
        ...common,
        restartPolicy: kplus.RestartPolicy.ON_FAILURE,
        backoffLimit: w.backoffLimit,
        activeDeadline: w.activeDeadlineSeconds != null ? Duration.seconds(w.activeDeadlineSeconds) : undefined,
      });
      break;
    default:
      new kplus.Pod(c, 'workload', common);
  }
  return c;
}

const ms = (a, b) => Number(b - a) / 1e6;
const passes = [];
for (let r = 0; r < repeat; r++) {
  if (!inMemory) fs.rmSync(outdir, { recursive: true, force: true });
  const a = process.hrtime.bigint();
  const app = new cdk8s.App({ outdir });
  for (const w of workloads) chart(app, w);
  const b = process.hrtime.bigint();
  let chars = 0;
  if (inMemory) chars = app.synthYaml().length; else app.synth();
  const c = process.hrtime.bigint();
  passes.push({ construct: ms(a, b), synth: ms(b, c), chars });
}
const files = inMemory ? [] : fs.readdirSync(outdir).filter(f => f.endsWith('.yaml'));
const n = workloads.length;
const line = (label, p) => `${label.padEnd(12)} construct ${p.construct.toFixed(0).padStart(6)} ms  synth ${p.synth.toFixed(0).padStart(6)} ms  total ${(p.construct + p.synth).toFixed(0).padStart(6)} ms  = ${((p.construct + p.synth) / n).toFixed(3)} ms per manifest`;
console.log(`cdk8s ${require('cdk8s/package.json').version}, cdk8s-plus-33 ${require('cdk8s-plus-33/package.json').version}, node ${process.version}: ${n} workloads -> ${inMemory ? passes[0].chars + ' characters of YAML in memory' : files.length + ' files in ' + (path.relative(process.cwd(), outdir) || '.')}`);
console.log(`node start + require(cdk8s, cdk8s-plus-33): ${ms(t0, tRequire).toFixed(0)} ms (after node's own start)`);
passes.forEach((p, i) => console.log(line(i === 0 ? 'pass 1 cold' : `pass ${i + 1} warm`, p)));
if (passes.length > 1) {
  const warm = passes.slice(1).map(p => p.construct + p.synth).sort((x, y) => x - y);
  const med = warm[Math.floor((warm.length - 1) / 2)];
  console.log(`warm median: ${med.toFixed(0)} ms = ${(med / n).toFixed(3)} ms per manifest`);
}
console.log(JSON.stringify({ n, cold: passes[0], warm: passes.slice(1), requireMs: ms(t0, tRequire) }));
