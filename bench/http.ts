// npm run bench:http [-- --duration SECONDS] [-- --soak SECONDS]
// Starts the platform with its demo content on 127.0.0.1 (PGlite in a temporary folder, or the
// PostgreSQL server in BENCH_DATABASE_URL, e.g. under scripts/with-postgres.sh), loads it
// with autocannon and prints one JSON line per route: throughput, latency percentiles, errors.
// --soak runs the catalogue load for the given time (default 600 s), sampling the server's RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    soak: { type: 'string' },
    connections: { type: 'string', default: '20' },
  },
});
const PORT = 3900 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;
const MEMBER = { email: 'zorg@zonnetij.example', password: 'HelemaalDigitaal-demo-2026' };

async function startServer(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `pglite://${folder}`,
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '0',
      // The load comes from one address: without this the rate limits, not the platform, would be measured.
      RATE_LIMIT_ALLOW_LIST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const ready = await fetch(`${BASE}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error('the platform did not become ready within 120 s');
}

async function memberToken(): Promise<string> {
  const response = await fetch(`${BASE}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(MEMBER),
  });
  return ((await response.json()) as { token: string }).token;
}

async function firstChallengeId(): Promise<string> {
  const response = await fetch(`${BASE}/api/v1/challenges?limit=1`);
  return ((await response.json()) as { items: Array<{ id: string }> }).items[0]!.id;
}

async function load(name: string, options: autocannon.Options): Promise<void> {
  const result = await autocannon({
    connections: Number(values.connections),
    duration: Number(values.duration),
    ...options,
  });
  console.log(
    JSON.stringify({
      route: name,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      total: result.requests.total,
    }),
  );
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function soak(server: ChildProcess, seconds: number): Promise<void> {
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssOf(server.pid!)), 10_000);
  samples.push(rssOf(server.pid!));
  const result = await autocannon({
    url: `${BASE}/challenges`,
    connections: Number(values.connections),
    duration: seconds,
  });
  clearInterval(sampler);
  samples.push(rssOf(server.pid!));
  const first = samples[1] ?? samples[0]!;
  const last = samples.at(-1)!;
  console.log(
    JSON.stringify({
      soak: seconds,
      requestsPerSecond: result.requests.average,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      rssStartMiB: Math.round(first / 2 ** 20),
      rssEndMiB: Math.round(last / 2 ** 20),
      rssMaxMiB: Math.round(Math.max(...samples) / 2 ** 20),
      growthPercent: Math.round((last / first - 1) * 1000) / 10,
    }),
  );
}

const folder = mkdtempSync(join(tmpdir(), 'helemaal-bench-'));
const server = await startServer(folder);
try {
  if (values.soak !== undefined) await soak(server, Number(values.soak || 600));
  else {
    const token = await memberToken();
    const challenge = await firstChallengeId();
    await load('GET /challenges', { url: `${BASE}/challenges` });
    await load('GET /challenges?q=eenzaamheid', { url: `${BASE}/challenges?q=eenzaamheid` });
    await load('GET /api/v1/challenges/:id/matches', { url: `${BASE}/api/v1/challenges/${challenge}/matches` });
    // Signed-in readers never get the answer shared between anonymous readers: this is the uncached path.
    await load('GET /challenges (signed in)', {
      url: `${BASE}/challenges`,
      headers: { cookie: `hd_session=${token}` },
    });
    await load('GET /api/v1/challenges/:id/matches (signed in)', {
      url: `${BASE}/api/v1/challenges/${challenge}/matches`,
      headers: { authorization: `Bearer ${token}` },
    });
    await load('POST /api/v1/challenges', {
      url: `${BASE}/api/v1/challenges`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Benchmark: tablets tegen eenzaamheid',
        description: 'Een uitdaging die de belastingstest plaatst om schrijfroutes te meten.',
        sectors: ['care'],
        spearheads: [5],
        region: 'BE23',
        language: 'nl',
        urgency: 'high',
        durationMonths: 6,
        desiredKinds: ['app'],
        classification: 'public',
      }),
    });
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(folder, { recursive: true, force: true });
}
