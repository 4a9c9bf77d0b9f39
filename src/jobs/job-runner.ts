import type { FastifyInstance } from 'fastify';
import { claimNextJob, completeJob, failJob } from './job-queue.ts';
import { sendEmailJob } from './send-email.ts';

export interface JobContext {
  app: FastifyInstance;
  workspaceId: string | null;
}
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

// Every kind of background job and its handler. A capability adds its kinds here.
const handlers: Record<string, JobHandler> = {
  email: sendEmailJob,
};

export function registerJobHandler(kind: string, handler: JobHandler) {
  handlers[kind] = handler;
}

/**
 * Runs every job that is due now, one after another, and returns how many ran. Tests call this to
 * drive the queue deterministically; the server calls it on a timer.
 */
export async function runDueJobs(app: FastifyInstance, opts: { retryDelayMs?: number } = {}): Promise<number> {
  let ran = 0;
  for (;;) {
    const job = await claimNextJob(app.db);
    if (!job) return ran;
    ran++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job.payload, { app, workspaceId: job.workspace_id });
      await completeJob(app.db, job.id);
    } catch (err) {
      app.log.warn({ err, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await failJob(app.db, job, (err as Error).message, opts.retryDelayMs);
    }
  }
}

/** Polls the queue every `intervalMs`; stop() waits for the running batch to finish. */
export function startJobRunner(app: FastifyInstance, intervalMs = 1000) {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    current = runDueJobs(app).catch((err) => app.log.error({ err }, 'job runner failed'));
    await current;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
