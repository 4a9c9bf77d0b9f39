/**
 * Ingest benchmark (issue 3): how many complete survey responses per second the public submit route
 * stores, next to the requests/s of a no-op route measured in the same run on the same app.
 *
 * For each database (PostgreSQL when DATABASE_URL is set, then the embedded PGlite) the app runs in a
 * child process (so that autocannon does not share its CPU); this process drives it with autocannon:
 * first POST /__bench/noop (a hidden route that parses the same JSON body and answers 200), then
 * POST /api/public/surveys/:slug/responses with complete, valid NPS answers, each with a fresh client
 * token and a random client IP (X-Forwarded-For, trustProxy on: many respondents, as in production, so
 * that the per-IP rate limit applies as it would). Afterwards it counts the stored responses: every
 * acknowledged (201) submission must be in the database.
 *
 * Prints responses/s, p50/p99 latency, errors, the no-op requests/s and the ratio. Target: ratio >= 0.5
 * on PostgreSQL with 0 errors and every acknowledged response stored. Throughput on a shared machine
 * swings with whatever else runs; the CPU time each request costs swings far less, so the bench also
 * prints the server process's CPU per request of both routes and, for a PostgreSQL on this machine, the
 * CPU of its server processes per stored response (from /proc; PGlite runs inside the server process).
 *
 * 200 connections by default, for both routes: the ratio compares what the app can take of each route, so both
 * must be measured at saturation. The no-op route saturates the server at 100 connections (event loop busy 99%);
 * the submit route does not: a submission waits for its group-committed batch, and with 100 connections only
 * about two batches circulate between autocannon, the server and PostgreSQL, so each stage waits for the others.
 * Measured on 2 vCPU (2026-12-06): at 100 connections the submit rounds left the machine 20-25% idle (/proc/stat)
 * and the server's event loop 16-20% idle, with ratios of 0.47-0.63 swinging with the machine's speed; at 200 the
 * no-op figure stays the same (it was already saturated), batches double (~90 rows: PostgreSQL ~44 instead of ~55
 * µs per response) and six runs gave 0.53-0.57. p50 latency doubles accordingly (Little's law: 200 in flight).
 * Run: npm run bench:ingest  (options: --duration 10 --connections 200 --only postgres|pglite --random-tokens --rate 3000; KB_PROF=1 writes CPU profiles of the server to /tmp/kbprof)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no type declarations
import autocannonUntyped from 'autocannon';
import { uuidv7 } from '../src/shared/ids.ts';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  /** Seconds the run lasted. */
  duration: number;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface AutocannonRequest {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}
type Autocannon = (
  opts: Record<string, unknown>,
  done: (err: Error | null, result: AutocannonResult) => void,
) => { on(event: 'response', fn: (client: unknown, status: number) => void): void };
const autocannon = autocannonUntyped as Autocannon;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = option('duration', 20);
const CONNECTIONS = option('connections', 200);
// Each measurement is split into rounds that alternate with the other, so load from elsewhere hits both alike
// (on these shared machines the speed of the same code drifts by half within minutes).
const ROUNDS = 8;
const RANDOM_TOKENS = args.includes('--random-tokens');
// --rate N: a fixed total request rate instead of as fast as possible. Below saturation no process waits for a
// core, so the CPU per request of the server and of PostgreSQL can be compared between versions more steadily.
const RATE = option('rate', 0);

/** Child process: the app on one database, with the bench's hidden routes, listening on a free port. */
async function serve(kind: 'postgres' | 'pglite') {
  const { buildApp } = await import('../src/server/app.ts');
  const { testConfig } = await import('../src/server/config.ts');
  const { openDatabase } = await import('../src/db/database.ts');
  const { createSurvey } = await import('../src/domain/surveys/create-survey.command.ts');
  const { publishSurvey } = await import('../src/domain/surveys/update-survey-settings.command.ts');
  const { insertWorkspace } = await import('../src/domain/workspaces/workspace.repository.ts');
  const pg = (await import('pg')).default;

  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (kind === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const name = `kb_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  // Production-like: development env (the production rate limits), no logging, client IP from the proxy header.
  const app = await buildApp({ config: testConfig({ env: 'development', databaseUrl, trustProxy: true, logLevel: 'silent' }), database, logger: false });
  app.post('/__bench/noop', { config: { csrf: false } }, async () => ({ ok: true }));
  app.get('/__bench/cpu', async () => {
    const u = process.cpuUsage();
    const elu = performance.eventLoopUtilization();
    return { micros: u.user + u.system, active: elu.active, idle: elu.idle };
  });
  app.get('/__bench/count', async (request) => {
    const { surveyId } = request.query as { surveyId: string };
    const row = await app.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('survey_id', '=', surveyId)
      .where('status', '=', 'complete')
      .executeTakeFirstOrThrow();
    return { count: Number(row.n) };
  });
  const userId = randomUUID();
  await app.db.insertInto('users').values({ id: userId, email: `bench-${userId}@example.org`, name: 'Bench', password_hash: 'x' }).execute();
  const ws = await insertWorkspace(app.db, { name: 'Bench', ownerId: userId });
  const survey = await createSurvey(app.db, { workspaceId: ws.id, name: 'NPS bench', template: 'nps' });
  await publishSurvey(app.db, ws.id, survey.id);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ address, slug: survey.slug, surveyId: survey.id })}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await app.close();
    await database.close();
    await dropDatabase();
    process.exit(0);
  });
}

interface Served {
  child: ChildProcess;
  address: string;
  slug: string;
  surveyId: string;
}

const SERVER_NODE_FLAGS = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start as string).match(/--[\w-]+(=\S+)?/g) ?? [];

function startServer(kind: 'postgres' | 'pglite'): Promise<Served> {
  // The server's V8 flags as `npm start` gives them (package.json).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(process.env.KB_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/kbprof'] : []), '--import', 'tsx', fileURLToPath(import.meta.url), '--serve', kind], { stdio: ['pipe', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`bench server (${kind}) exited with ${code}`)));
  });
}

/**
 * The process id of the PostgreSQL server (postmaster) behind DATABASE_URL when it runs on this machine:
 * the parent of our own backend. Null when /proc cannot tell (another machine, another OS).
 */
async function localPostmaster(): Promise<number | null> {
  if (!process.env.DATABASE_URL || !existsSync('/proc/self/stat')) return null;
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const stat = procStat(rows[0].pid);
    return stat && readFileSync(`/proc/${rows[0].pid}/cmdline`, 'utf8').startsWith('postgres') ? stat.ppid : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

function procStat(pid: number | string): { ppid: number; micros: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ');
    return { ppid: Number(fields[1]), micros: (Number(fields[11]) + Number(fields[12])) * 10_000 }; // USER_HZ = 100
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** CPU time (µs) used so far by one PostgreSQL server: the postmaster and its children (backends, WAL writer, checkpointer ...). */
function postgresCpuMicros(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = procStat(pid);
    if (stat && (stat.ppid === postmaster || Number(pid) === postmaster)) total += stat.micros;
  }
  return total;
}

const randomIp = () => `10.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}`;
const why = ['Lekker brood en vriendelijk personeel', 'Te duur voor wat je krijgt', 'Great bread, but the queue on Saturday is long', 'Online bestellen werkt prima'];

function answers(i: number) {
  const nps = i % 11;
  const a: Record<string, unknown> = { nps, frequency: ['weekly', 'monthly', 'sometimes', 'first'][i % 4], contact_ok: false };
  a[nps <= 6 ? 'why_low' : nps <= 8 ? 'why_mid' : 'why_high'] = why[i % why.length];
  return a;
}

/** Several rounds as one: requests/s from all requests over all the time, latency percentiles averaged, errors summed. */
function combine(rounds: AutocannonResult[]): AutocannonResult {
  const avg = (f: (r: AutocannonResult) => number) => rounds.reduce((a, r) => a + f(r), 0) / rounds.length;
  const sum = (f: (r: AutocannonResult) => number) => rounds.reduce((a, r) => a + f(r), 0);
  return {
    requests: { total: sum((r) => r.requests.total), average: sum((r) => r.requests.total) / sum((r) => r.duration), p50: avg((r) => r.requests.p50), p99: avg((r) => r.requests.p99) },
    duration: sum((r) => r.duration),
    latency: { average: avg((r) => r.latency.average), p50: avg((r) => r.latency.p50), p99: Math.max(...rounds.map((r) => r.latency.p99)) },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
  };
}

interface Measured extends AutocannonResult {
  /** Server process CPU per request (µs). */
  serverCpu: number;
  /** Share of the time the server's event loop was busy (not waiting for I/O): near 1, the server's one thread bounds the rate. */
  serverBusy: number;
  /** PostgreSQL server processes' CPU per request (µs), where measurable. */
  postgresCpu: number | null;
  /** This process's CPU per request (µs): autocannon making the requests and reading the answers. */
  driverCpu: number;
}

/** One autocannon run, with the CPU the server process and PostgreSQL spent on it. */
async function measure(s: Served, postmaster: number | null, opts: Omit<Parameters<typeof run>[0], 'url'>): Promise<Measured> {
  const serverStats = async () => (await (await fetch(`${s.address}/__bench/cpu`)).json()) as { micros: number; active: number; idle: number };
  const server0 = await serverStats();
  const pg0 = postgresCpuMicros(postmaster);
  const driver0 = process.cpuUsage();
  const result = await run({ ...opts, url: s.address });
  const driver = process.cpuUsage(driver0);
  const pg1 = postgresCpuMicros(postmaster);
  const server1 = await serverStats();
  const requests = result.requests.total;
  const busy = (server1.active - server0.active) / (server1.active - server0.active + server1.idle - server0.idle);
  return { ...result, serverBusy: busy, serverCpu: (server1.micros - server0.micros) / requests, driverCpu: (driver.user + driver.system) / requests, postgresCpu: pg0 === null || pg1 === null ? null : (pg1 - pg0) / requests };
}

function run(opts: { url: string; path: string; body: (i: number) => unknown; duration: number; acked?: (status: number) => void }): Promise<AutocannonResult> {
  let i = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: CONNECTIONS,
        duration: opts.duration,
        ...(RATE > 0 ? { overallRate: RATE } : {}),
        requests: [
          {
            method: 'POST',
            path: opts.path,
            setupRequest: (req: AutocannonRequest) => {
              req.body = JSON.stringify(opts.body(i++));
              req.headers = { 'content-type': 'application/json', 'x-forwarded-for': randomIp() };
              return req;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (opts.acked) instance.on('response', (_client: unknown, status: number) => opts.acked!(status));
  });
}

async function bench(kind: 'postgres' | 'pglite') {
  const s = await startServer(kind);
  const postmaster = kind === 'postgres' ? await localPostmaster() : null;
  try {
    // Tokens as our survey page makes them (time-ordered UUIDv7, src/web/pages/public-survey), or random
    // ones as another API client might send (--random-tokens).
    const token = RANDOM_TOKENS ? () => randomUUID() : () => uuidv7();
    const sample = (i: number) => ({ clientToken: token(), answers: answers(i), complete: true, language: i % 5 === 0 ? 'en' : 'nl' });
    // Warm both paths (JIT, connection pool), then alternate the two measurements so that load from
    // elsewhere on the machine hits both alike.
    await run({ url: s.address, path: '/__bench/noop', body: sample, duration: 2 });
    await run({ url: s.address, path: `/api/public/surveys/${s.slug}/responses`, body: sample, duration: 2 });
    let acked = 0;
    const noopRounds: Measured[] = [];
    const submitRounds: Measured[] = [];
    const before = (await (await fetch(`${s.address}/__bench/count?surveyId=${s.surveyId}`)).json()) as { count: number };
    for (let round = 0; round < ROUNDS; round++) {
      noopRounds.push(await measure(s, postmaster, { path: '/__bench/noop', body: sample, duration: DURATION / ROUNDS }));
      submitRounds.push(
        await measure(s, postmaster, { path: `/api/public/surveys/${s.slug}/responses`, body: sample, duration: DURATION / ROUNDS, acked: (status) => void (status === 201 && acked++) }),
      );
    }
    const noop = combine(noopRounds);
    const submit = combine(submitRounds);
    const stored = (await (await fetch(`${s.address}/__bench/count?surveyId=${s.surveyId}`)).json()) as { count: number };
    const errors = submit.errors + submit.timeouts + submit.non2xx;
    const ratio = submit.requests.average / noop.requests.average;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const pgCpu = postmaster !== null ? median(submitRounds.map((r) => r.postgresCpu!)) : null;
    return {
      kind,
      responsesPerSecond: submit.requests.average,
      p50: submit.latency.p50,
      p99: submit.latency.p99,
      errors,
      noopPerSecond: noop.requests.average,
      noopErrors: noop.errors + noop.timeouts + noop.non2xx,
      ratio,
      acked,
      stored: stored.count - before.count,
      noopServerCpu: median(noopRounds.map((r) => r.serverCpu)),
      submitServerCpu: median(submitRounds.map((r) => r.serverCpu)),
      noopDriverCpu: median(noopRounds.map((r) => r.driverCpu)),
      noopBusy: median(noopRounds.map((r) => r.serverBusy)),
      submitBusy: median(submitRounds.map((r) => r.serverBusy)),
      submitDriverCpu: median(submitRounds.map((r) => r.driverCpu)),
      pgCpu,
    };
  } finally {
    s.child.stdin!.end();
    await new Promise((r) => s.child.once('exit', r));
  }
}

async function main() {
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? (args[onlyIndex + 1] as 'postgres' | 'pglite') : undefined;
  const kinds: ('postgres' | 'pglite')[] = only ? [only] : process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
  if (!process.env.DATABASE_URL) console.log('DATABASE_URL is not set: measuring PGlite only.');
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${DURATION} s per route in ${ROUNDS} alternating rounds, complete NPS submissions (fresh client token each, ${RANDOM_TOKENS ? 'random' : 'time-ordered as the survey page makes them'})\n`,
  );
  const rows = [];
  for (const kind of kinds) {
    const r = await bench(kind);
    rows.push(r);
    console.log(
      `${kind.padEnd(9)} responses/s ${r.responsesPerSecond.toFixed(0).padStart(7)}  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  errors ${r.errors}` +
        `   no-op req/s ${r.noopPerSecond.toFixed(0).padStart(7)}  ratio ${r.ratio.toFixed(2)}   acknowledged ${r.acked}  stored ${r.stored}  ${r.stored >= r.acked ? 'all stored' : `MISSING ${r.acked - r.stored}`}`,
    );
    console.log(
      `${''.padEnd(9)} CPU per request (median of rounds): server ${r.submitServerCpu.toFixed(0)} µs per response, ${r.noopServerCpu.toFixed(0)} µs per no-op` +
        (r.pgCpu !== null ? `; PostgreSQL ${r.pgCpu.toFixed(0)} µs per response` : '') +
        `; autocannon ${r.submitDriverCpu.toFixed(0)} / ${r.noopDriverCpu.toFixed(0)} µs; server event loop busy ${(100 * r.submitBusy).toFixed(0)}% / ${(100 * r.noopBusy).toFixed(0)}%`,
    );
  }
  const pgRow = rows.find((r) => r.kind === 'postgres');
  if (pgRow) {
    const pass = pgRow.ratio >= 0.5 && pgRow.errors === 0 && pgRow.stored >= pgRow.acked;
    console.log(`\nPostgreSQL target (ratio >= 0.5, 0 errors, every acknowledged response stored): ${pass ? 'MET' : 'NOT MET'}`);
  }
  const lost = rows.some((r) => r.stored < r.acked);
  process.exit(lost ? 1 : 0);
}

if (args[0] === '--serve') await serve(args[1] as 'postgres' | 'pglite');
else await main();
