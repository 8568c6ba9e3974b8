// Export speed and memory: how long the built server takes to hand over the consolidated strategy in each format,
// for a strategy of 100 sections, 2,000 comments, 300 proposals and 40 recommendations, and for one twice that
// size. Seeds through the API, times the working draft and the submitted version, and reads the API process's
// peak memory from /proc. Prints figures; asserts nothing: speed is compared over time, on one kind of machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/web/support/server.mjs';
import { client } from './lib/api-client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const admin = { email: 'admin@bench.belong.test', password: 'bench-administrator-passphrase' };
const passphrase = 'bench-member-passphrase';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const formats = ['pdf', 'docx', 'md', 'json'];
const targets = { pdf: 5000, docx: 3000, md: 1000, json: 1000 };

if (!existsSync(join(root, 'apps/api/dist/main.js'))) {
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

// The API runs with the flags `npm start` gives it; BENCH_API_NODE_ARGS replaces them, to measure other heap settings.
const apiNodeArgs = process.env.BENCH_API_NODE_ARGS?.split(/\s+/).filter(Boolean);
const server = await startServer({ root, admin, ...(apiNodeArgs ? { nodeArgs: apiNodeArgs } : {}) });
try {
  const pid = apiProcess();
  const api = client(server.url);
  const people = await seedPeople(api);
  const sizes = [
    { name: '1×', sections: 100, comments: 2000, proposals: 300, recommendations: 40 },
    { name: '2×', sections: 200, comments: 4000, proposals: 600, recommendations: 80 },
  ];
  const results = [];
  const idle = memory(pid).rss;
  let largest;
  for (const size of sizes) {
    const strategy = await seedStrategy(api, people, size);
    largest = strategy;
    for (const version of [null, 1]) {
      if (version === 1) await submit(api, people, strategy);
      for (const format of formats) {
        const path = `/api/strategies/${strategy.id}/export?format=${format}${version ? `&version=${version}` : ''}`;
        const before = memory(pid).rss;
        resetPeak(pid);
        await download(server.url, path, people.coordinator); // warm-up
        const timings = [];
        for (let i = 0; i < runs; i++) timings.push(await download(server.url, path, people.coordinator));
        results.push({
          size: size.name,
          version: version ? `v${version}` : 'draft',
          format,
          ms: median(timings.map((t) => t.ms)),
          ttfb: median(timings.map((t) => t.ttfb)),
          bytes: timings[0].bytes,
          before,
          peak: memory(pid).peak,
        });
      }
    }
  }
  report(results, idle);
  await concurrentExports(server.url, largest, people.coordinator, pid);
} finally {
  await server.stop();
}

/** The API's node process: the child of this one that runs the built server. */
function apiProcess() {
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    for (const child of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) {
      if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('apps/api/dist/main.js')) return Number(child);
    }
  }
  throw new Error('The API process was not found');
}

/** Resident memory now and at its peak since the last reset, in MiB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** Forgets the peak so far (seeding), so that the peak read later is the exports'. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    console.warn('Could not reset the peak resident memory: it includes seeding');
  }
}

/** Six people download the largest strategy's PDF at the same moment: how long until all six have it, and the peak memory. */
async function concurrentExports(baseUrl, strategy, token, pid) {
  const people = 6;
  const path = `/api/strategies/${strategy.id}/export?format=pdf&version=1`;
  resetPeak(pid);
  const before = memory(pid).rss;
  const started = performance.now();
  const timings = await Promise.all(Array.from({ length: people }, () => download(baseUrl, path, token)));
  const all = performance.now() - started;
  const each = timings.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    `\n${people} simultaneous PDF downloads of the 2× strategy: all done in ${(all / 1000).toFixed(1)} s (fastest ${(each[0] / 1000).toFixed(1)} s, slowest ${(each.at(-1) / 1000).toFixed(1)} s); API resident ${before.toFixed(0)} MiB → peak ${memory(pid).peak.toFixed(0)} MiB`,
  );
}

async function download(baseUrl, path, token) {
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  let ttfb = null;
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    ttfb ??= performance.now() - started;
    bytes += chunk.value.length;
  }
  return { ms: performance.now() - started, ttfb: ttfb ?? performance.now() - started, bytes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function report(results, idle) {
  const of = (size, version, format) => results.find((r) => r.size === size && r.version === version && r.format === format);
  const mib = (n) => `${n.toFixed(0)} MiB`;
  console.log(
    `\nBelong export benchmark: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} runs after a warm-up; API process ${mib(idle)} resident after start${apiNodeArgs ? `, started with ${apiNodeArgs.join(' ') || 'no flags'}` : ', started as npm start does'}\n`,
  );
  console.log(
    '| format | version | 1× ms | first byte ms | size | 2× ms | 2× / 1× | API resident before → peak (1×) | peak (2×) | target |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const version of ['draft', 'v1']) {
    for (const format of formats) {
      const one = of('1×', version, format);
      const two = of('2×', version, format);
      const met = one.ms < targets[format] && two.ms / one.ms <= 2 && one.peak * 1.048576 < 300;
      console.log(
        `| ${format} | ${version} | ${one.ms.toFixed(0)} | ${one.ttfb.toFixed(0)} | ${(one.bytes / 1024).toFixed(0)} KiB | ${two.ms.toFixed(0)} | ${(two.ms / one.ms).toFixed(2)} | ${mib(one.before)} → ${mib(one.peak)} | ${mib(two.peak)} | < ${targets[format] / 1000} s, < 300 MB: ${met ? 'met' : 'missed'} |`,
      );
    }
  }
}

/** Runs the jobs eight at a time. */
async function pool(jobs) {
  const queue = [...jobs];
  const results = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) results.push(await job());
    }),
  );
  return results;
}

/** 20 organisations of every type with a signatory each, a coordinator and an official, in Salzburg. */
async function seedPeople(api) {
  const { token: adminToken } = await api('POST', '/api/auth/login', { body: admin });
  const region = (await api('GET', '/api/regions', { token: adminToken })).items.find((r) => r.code === 'salzburg').id;
  const types = ['ngo', 'business', 'public_body', 'migrant_organisation', 'education', 'social_partner', 'other'];
  const member = async (email, name, membership) => {
    const user = await api('POST', '/api/users', { token: adminToken, body: { email, name, password: passphrase } });
    await api('POST', `/api/regions/${region}/members`, { token: adminToken, body: { userId: user.id, ...membership } });
    return (await api('POST', '/api/auth/login', { body: { email, password: passphrase } })).token;
  };
  const signatories = [];
  for (let i = 0; i < 20; i++) {
    const organisation = await api('POST', `/api/regions/${region}/organisations`, {
      token: adminToken,
      body: { name: `Verein für Integration Nr. ${i + 1} – Österreich`, type: types[i % types.length] },
    });
    signatories.push(
      await member(`signatory${i}@bench.belong.test`, `Zeichnungsberechtigte ${i + 1}`, {
        role: 'stakeholder',
        organisationId: organisation.id,
        signatory: true,
      }),
    );
  }
  const coordinator = await member('coordinator@bench.belong.test', 'Koordinatorin', { role: 'coordinator' });
  const official = await member('official@bench.belong.test', 'Amtsträgerin', { role: 'official', department: 'Integration' });
  return { region, signatories, coordinator, official };
}

function sectionBody(i) {
  return `Die Region Salzburg will bis 2030 erreichen, dass **alle** Neuankommenden in ihrem ersten Jahr einen Sprachkurs, eine Beratung und eine Begleitung in Arbeit finden. Abschnitt ${i + 1} beschreibt, *wie* das gelingt, und verweist auf [die Grundlagen](https://example.org/grundlagen/${i + 1}).

## Ausgangslage

${'Viele Organisationen arbeiten schon heute zusammen: Beratungsstellen, Betriebe, Schulen und Vereine. Sie berichten von langen Wartezeiten, fehlenden Kinderbetreuungsplätzen während der Kurse und von Abschlüssen, die nicht anerkannt werden. '.repeat(3)}

## Maßnahmen

- Sprachkurse am Abend und am Wochenende, mit Kinderbetreuung
- Anerkennungsberatung in **zehn** Sprachen
- Mentoring durch Betriebe und Vereine
  - mit einer festen Ansprechperson
  - mit einem Treffen im Monat

| Maßnahme | Träger | Beginn |
|---|---|---|
| Abendkurse | Volkshochschule | 2027 |
| Anerkennungsberatung | Arbeiterkammer | 2027 |
| Mentoring | Wirtschaftskammer | 2028 |

> Beteiligung heißt: mitreden, mitentscheiden, mitgestalten.
`;
}

/** A strategy in consultation: sections approved by four organisations (one asked for changes first), comments, proposals decided, recommendations. */
async function seedStrategy(api, people, size) {
  const started = Date.now();
  const { region, signatories, coordinator } = people;
  const strategy = await api('POST', `/api/regions/${region}/strategies`, {
    token: coordinator,
    body: { title: `Integrationsstrategie Salzburg 2030 (${size.name})`, language: 'de' },
  });
  const sectionIds = [];
  for (let i = 0; i < size.sections; i++) {
    const body = { heading: `Handlungsfeld ${i + 1}: Arbeit, Bildung und Teilhabe`, body: sectionBody(i), theme: 'employment' };
    sectionIds.push((await api('POST', `/api/strategies/${strategy.id}/sections`, { token: coordinator, body })).id);
  }
  await api('POST', `/api/strategies/${strategy.id}/transitions`, { token: coordinator, body: { to: 'consultation' } });
  const commentIds = await pool(
    Array.from(
      { length: size.comments },
      (_, i) => async () =>
        (
          await api('POST', `/api/sections/${sectionIds[i % sectionIds.length]}/comments`, {
            token: signatories[i % signatories.length],
            body: {
              body: `Kommentar ${i + 1}: Bitte auch an Lehrlinge und an Menschen mit Kindern denken.`,
              anchor: { exact: 'Sprachkurse am Abend' },
            },
          })
        ).id,
    ),
  );
  await pool(
    sectionIds.flatMap((id, i) =>
      [0, 1, 2, 3].map((k) => async () => {
        const token = signatories[(i + k * 5) % signatories.length];
        if (k === 0 && i % 10 === 0)
          await api('POST', `/api/sections/${id}/approvals`, {
            token,
            body: { decision: 'request_changes', note: 'Bitte die Finanzierung klären.' },
            ifMatch: 1,
          });
        await api('POST', `/api/sections/${id}/approvals`, {
          token,
          body: { decision: 'approve', note: k === 1 ? 'Einverstanden, mit Blick auf 2028.' : undefined },
          ifMatch: 1,
        });
      }),
    ),
  );
  const outcomes = ['accepted', 'accepted', 'accepted', 'accepted', 'partially_accepted', 'rejected'];
  const proposals = await pool(
    Array.from({ length: size.proposals }, (_, i) => async () => {
      const token = signatories[i % signatories.length];
      const proposal = await api('POST', `/api/regions/${region}/proposals`, {
        token,
        body: {
          title: `Vorschlag ${i + 1}: Abendkurse in Hallein und Zell am See`,
          problem: 'Kurse nur vormittags.',
          proposal: 'Abendkurse anbieten.',
          strategyId: strategy.id,
        },
      });
      const to = outcomes[i % outcomes.length];
      await api('POST', `/api/proposals/${proposal.id}/transitions`, { token: coordinator, body: { to: 'under_review' } });
      await api('POST', `/api/proposals/${proposal.id}/transitions`, {
        token: coordinator,
        body: { to, answer: 'Begründung der Koordination.' },
      });
      return { id: proposal.id, to };
    }),
  );
  const usable = proposals.filter((p) => p.to !== 'rejected').map((p) => p.id);
  const recommendationIds = [];
  for (let i = 0; i < size.recommendations; i++) {
    const recommendation = await api('POST', `/api/strategies/${strategy.id}/recommendations`, {
      token: coordinator,
      body: {
        title: `Empfehlung ${i + 1}: Abendkurse ausbauen`,
        body: 'Die Landesregierung finanziert **zusätzliche** Abendkurse mit Kinderbetreuung in allen Bezirken.',
        proposalIds: usable.slice(i * 5, i * 5 + 5),
        commentIds: commentIds.slice(i * 5, i * 5 + 5),
      },
    });
    recommendationIds.push(recommendation.id);
  }
  console.log(
    `Seeded the ${size.name} strategy (${size.sections} sections, ${size.comments} comments, ${size.proposals} proposals, ${size.recommendations} recommendations) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return { id: strategy.id, recommendationIds };
}

/** Consolidation, submission as version 1, and the authority's answer to every recommendation. */
async function submit(api, people, strategy) {
  for (const to of ['consolidation', 'submitted'])
    await api('POST', `/api/strategies/${strategy.id}/transitions`, { token: people.coordinator, body: { to } });
  await pool(
    strategy.recommendationIds.map(
      (id, i) => () =>
        api('POST', `/api/recommendations/${id}/response`, {
          token: people.official,
          body: {
            decision: i % 3 === 0 ? 'agreed_in_part' : 'agreed',
            answer: 'Die Landesregierung sieht die Mittel ab 2028 vor.',
            department: 'Abteilung 3: Soziales',
            dueDate: '2028-06-30',
          },
        }),
    ),
  );
}
