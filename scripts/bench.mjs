// `npm run bench`: request rates and latencies of Belong's busiest reads and writes, on the built server and
// a seeded data set (60 sections, 3,000 comments, 20 organisations), each beside two ceilings measured in the
// same run: the same answer's bytes from a plain node:http server (what the machine can serve at all), and
// GET /api/health (what the stack costs before any work). Prints figures and ratios; asserts nothing.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/web/support/server.mjs';
import { client } from './lib/api-client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const admin = { email: 'admin@bench.belong.test', password: 'bench-administrator-passphrase' };
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

if (!existsSync(join(root, 'apps/api/dist/main.js')) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

const server = await startServer({ root, admin });
try {
  const api = client(server.url);
  const data = await seedDataSet(api);
  const auth = { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' };
  const scenarios = [
    { name: 'GET /api/health (ceiling)', path: '/api/health', headers: {} },
    { name: 'GET /api/strategies/:id (60 sections)', path: `/api/strategies/${data.strategyId}`, headers: auth },
    { name: 'GET /api/sections/:id/comments (50 a page)', path: `/api/sections/${data.sectionId}/comments`, headers: auth },
    {
      name: 'POST /api/sections/:id/comments',
      path: `/api/sections/${data.sectionId}/comments`,
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'Benchmark comment' }),
    },
  ];
  const load = (url, scenario) =>
    autocannon({
      url,
      method: scenario.method ?? 'GET',
      headers: scenario.headers,
      body: scenario.body,
      connections,
      duration: seconds,
    });
  const results = [];
  for (const scenario of scenarios) {
    const result = await load(`${server.url}${scenario.path}`, scenario);
    const ceiling = await sameBytesCeiling(server.url, scenario, load);
    results.push({
      name: scenario.name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors,
      bytes: ceiling.bytes,
      plain: ceiling.rps,
    });
  }
  const health = results[0].rps;
  console.log(
    `\nBelong benchmark: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${connections} connections, ${seconds} s each\n`,
  );
  console.log('| scenario | answer bytes | req/s | node:http, same bytes | of node:http | of health | p50 ms | p99 ms | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const percent = (part, whole) => `${((part / whole) * 100).toFixed(1)} %`;
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.bytes} | ${r.rps.toFixed(0)} | ${r.plain.toFixed(0)} | ${percent(r.rps, r.plain)} | ${percent(r.rps, health)} | ${r.p50} | ${r.p99} | ${r.errors} |`,
    );
  }
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
} finally {
  await server.stop();
}

/**
 * The scenario's answer (one request made for it), served as the same bytes by a plain node:http server in a
 * process of its own, under the same load: the most this machine could serve that answer at.
 */
async function sameBytesCeiling(baseUrl, scenario, load) {
  const res = await fetch(`${baseUrl}${scenario.path}`, {
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    body: scenario.body,
  });
  const body = Buffer.from(await res.arrayBuffer());
  const plain = spawn(process.execPath, [join(root, 'scripts/lib/same-bytes-server.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  plain.stdin.end(JSON.stringify({ body: body.toString('base64'), contentType: res.headers.get('content-type'), status: res.status }));
  const [port] = await once(plain.stdout, 'data');
  try {
    const result = await load(`http://127.0.0.1:${String(port).trim()}${scenario.path}`, scenario);
    return { rps: result.requests.average, bytes: body.length };
  } finally {
    plain.kill('SIGTERM');
    await once(plain, 'exit');
  }
}

/** 20 organisations with a signatory each, a strategy of 60 sections in consultation, 3,000 comments. */
async function seedDataSet(api) {
  const started = Date.now();
  const { token: adminToken } = await api('POST', '/api/auth/login', { body: admin });
  const regions = await api('GET', '/api/regions');
  const region = regions.items.find((r) => r.code === 'salzburg').id;
  const types = ['ngo', 'business', 'public_body', 'migrant_organisation', 'education', 'social_partner', 'other'];
  const signatories = [];
  for (let i = 0; i < 20; i++) {
    const organisation = await api('POST', `/api/regions/${region}/organisations`, {
      token: adminToken,
      body: { name: `Bench Organisation ${i}`, type: types[i % types.length] },
    });
    const user = await api('POST', '/api/users', {
      token: adminToken,
      body: { email: `signatory${i}@bench.belong.test`, name: `Signatory ${i}`, password: 'bench-signatory-passphrase' },
    });
    await api('POST', `/api/regions/${region}/members`, {
      token: adminToken,
      body: { userId: user.id, role: 'stakeholder', organisationId: organisation.id, signatory: true },
    });
    signatories.push(user.email);
  }
  const coordinator = await api('POST', '/api/users', {
    token: adminToken,
    body: { email: 'coordinator@bench.belong.test', name: 'Bench Coordinator', password: 'bench-coordinator-passphrase' },
  });
  await api('POST', `/api/regions/${region}/members`, { token: adminToken, body: { userId: coordinator.id, role: 'coordinator' } });
  const { token } = await api('POST', '/api/auth/login', { body: { email: coordinator.email, password: 'bench-coordinator-passphrase' } });
  const strategy = await api('POST', `/api/regions/${region}/strategies`, { token, body: { title: 'Benchmark strategy', language: 'de' } });
  const sectionIds = [];
  for (let i = 0; i < 60; i++) {
    const body = `Abschnitt ${i}: ${'Integration gelingt gemeinsam. '.repeat(40)}`;
    sectionIds.push(
      (
        await api('POST', `/api/strategies/${strategy.id}/sections`, {
          token,
          body: { heading: `Abschnitt ${i + 1}`, body, theme: 'employment' },
        })
      ).id,
    );
  }
  await api('POST', `/api/strategies/${strategy.id}/transitions`, { token, body: { to: 'consultation' } });
  const tokens = [];
  for (const email of signatories)
    tokens.push((await api('POST', '/api/auth/login', { body: { email, password: 'bench-signatory-passphrase' } })).token);
  const jobs = Array.from(
    { length: 3000 },
    (_, i) => () =>
      api('POST', `/api/sections/${sectionIds[i % 60]}/comments`, {
        token: tokens[i % 20],
        body: { body: `Kommentar ${i}`, anchor: { exact: 'Integration gelingt' } },
      }),
  );
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job();
    }),
  );
  for (const [i, t] of tokens.entries())
    await api('POST', `/api/sections/${sectionIds[i]}/approvals`, { token: t, body: { decision: 'approve' }, ifMatch: 1 });
  console.log(`Seeded 20 organisations, 60 sections and 3,000 comments in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { token, strategyId: strategy.id, sectionId: sectionIds[0] };
}
