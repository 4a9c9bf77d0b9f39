// Analysis benchmark: `npm run bench:analysis`. Generates 1,000,000 synthetic survey responses from a fixed
// seed and times the in-memory summary functions of src/analysis against a baseline loop (a plain sum over the
// same array) in the same process, so the ratios are comparable across machines.
// Structured as named sections: add a section (e.g. "postgres-sql-aggregates") to SECTIONS below; each section
// gets the same generated responses and returns its timed rows. Never run by `npm test`.
import { describeNumbers, weightedMean } from '../src/analysis/descriptives.ts';
import { answerDistribution } from '../src/analysis/distribution.ts';
import { netPromoterScore } from '../src/analysis/nps.ts';
import { crosstab } from '../src/analysis/crosstab.ts';

export const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
export const SEED = 20260101;
const REPEATS = 5;

/** The synthetic responses every section works on (one array per answer, one entry per response). */
export interface BenchResponses {
  n: number;
  /** NPS question, integers 0..10. */
  nps: number[];
  /** Rating question, integers 1..5. */
  rating: number[];
  /** Single-choice question with 5 options. */
  choice: string[];
  /** Segment (crosstab column), 4 values. */
  segment: string[];
  /** Respondent weights around 1. */
  weight: number[];
}

export interface BenchRow {
  name: string;
  /** Median of REPEATS timings, milliseconds. */
  ms: number;
  /** ms / baseline ms of the same section. */
  ratio: number;
  /** Millions of responses per second. */
  mPerSecond: number;
  /** A figure from the result, printed so the work cannot be optimised away and can be eyeballed. */
  check: string;
}

export interface BenchSection {
  name: string;
  run(data: BenchResponses): Promise<BenchRow[]>;
}

// mulberry32: tiny, fast, seedable; good enough for synthetic data (not for statistics).
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateResponses(n: number, seed: number): BenchResponses {
  const rand = mulberry32(seed);
  const options = ['heel goed', 'goed', 'neutraal', 'slecht', 'heel slecht'];
  const segments = ['A', 'B', 'C', 'D'];
  const npsCdf = [0.02, 0.04, 0.06, 0.08, 0.1, 0.14, 0.2, 0.32, 0.55, 0.78, 1];
  const data: BenchResponses = { n, nps: new Array(n), rating: new Array(n), choice: new Array(n), segment: new Array(n), weight: new Array(n) };
  for (let i = 0; i < n; i++) {
    const u = rand();
    let s = 0;
    while (npsCdf[s] < u) s++;
    data.nps[i] = s;
    data.rating[i] = 1 + Math.min(4, Math.floor(s / 2.2));
    data.choice[i] = options[Math.floor(rand() * 5)];
    data.segment[i] = segments[Math.floor(rand() * 4)];
    data.weight[i] = 0.5 + rand();
  }
  return data;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const runs: number[] = [];
  let value!: T;
  fn(); // warm-up
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    value = fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(REPEATS / 2)], value };
}

const inMemory: BenchSection = {
  name: 'in-memory summaries (src/analysis)',
  async run(data) {
    const baseline = time(() => {
      let s = 0;
      for (let i = 0; i < data.nps.length; i++) s += data.nps[i];
      return s;
    });
    const rows: BenchRow[] = [];
    const add = (name: string, ms: number, check: string) =>
      rows.push({ name, ms, ratio: ms / baseline.ms, mPerSecond: data.n / 1e6 / (ms / 1000), check });
    add('baseline: plain sum of NPS scores', baseline.ms, `sum ${baseline.value}`);
    const nps = time(() => netPromoterScore(data.nps));
    add('netPromoterScore', nps.ms, `NPS ${nps.value.nps.toFixed(2)} ± ${nps.value.se.toFixed(3)}`);
    const npsW = time(() => netPromoterScore(data.nps, data.weight));
    add('netPromoterScore, weighted', npsW.ms, `NPS ${npsW.value.nps.toFixed(2)}, n_eff ${npsW.value.nEffective.toFixed(0)}`);
    const counts = time(() => answerDistribution(data.choice));
    add('answerDistribution (counts + Wilson CIs)', counts.ms, `first share ${counts.value.rows[0].share.toFixed(4)}`);
    const mean = time(() => weightedMean(data.rating));
    add('weightedMean (no weights)', mean.ms, `mean ${mean.value.toFixed(4)}`);
    const meanW = time(() => weightedMean(data.rating, data.weight));
    add('weightedMean, weighted', meanW.ms, `mean ${meanW.value.toFixed(4)}`);
    const desc = time(() => describeNumbers(data.rating));
    add('describeNumbers (mean, median, SD, CIs)', desc.ms, `median ${desc.value.median}`);
    const xt = time(() => crosstab(data.choice, data.segment));
    add('crosstab 5 x 4 with chi-square', xt.ms, `chi2 ${xt.value.chi2?.toFixed(2)}`);
    return rows;
  },
};

/** Sections in run order; a PostgreSQL SQL-aggregate section can be appended here. */
export const SECTIONS: BenchSection[] = [inMemory];

async function main() {
  const t0 = performance.now();
  const data = generateResponses(RESPONSES, SEED);
  const genMs = performance.now() - t0;
  console.log(`klankbord analysis bench: ${RESPONSES.toLocaleString('en')} responses, seed ${SEED}, median of ${REPEATS} runs (generated in ${genMs.toFixed(0)} ms)`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  const all: Record<string, BenchRow[]> = {};
  for (const section of SECTIONS) {
    const rows = await section.run(data);
    all[section.name] = rows;
    console.log(`\n## ${section.name}`);
    const w = Math.max(...rows.map((r) => r.name.length));
    console.log(`${'function'.padEnd(w)}  ${'ms'.padStart(9)}  ${'x baseline'.padStart(10)}  ${'M rows/s'.padStart(9)}  check`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(w)}  ${r.ms.toFixed(2).padStart(9)}  ${r.ratio.toFixed(1).padStart(10)}  ${r.mPerSecond.toFixed(1).padStart(9)}  ${r.check}`);
    }
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ responses: RESPONSES, seed: SEED, sections: all }));
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/analysis.ts')) {
  await main();
}
