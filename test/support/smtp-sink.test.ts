import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';
import { enqueueJob } from '../../src/jobs/job-queue.ts';
import { runDueJobs } from '../../src/jobs/job-runner.ts';

let sink: SmtpSink;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('e-mail job through a real SMTP server on loopback', () => {
  it('delivers a queued e-mail and marks the job done', async () => {
    const id = await enqueueJob(t.app.db, { kind: 'email', payload: { to: 'klant@example.org', subject: 'Hallo', text: 'Dag klant, bedankt!' } });
    expect(await runDueJobs(t.app)).toBe(1);
    const mail = await sink.waitFor((m) => m.subject === 'Hallo');
    expect(mail.to).toEqual(['klant@example.org']);
    expect(mail.text.trim()).toBe('Dag klant, bedankt!');
    const job = await t.app.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
  });

  it('retries a failing job with back-off and gives up after max attempts', async () => {
    const id = await enqueueJob(t.app.db, { kind: 'no-such-kind', payload: {}, maxAttempts: 2 });
    await runDueJobs(t.app, { retryDelayMs: 0 });
    let job = await t.app.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // attempt 1 failed and was re-queued; with zero delay the same run picked it up again and failed for good
    expect(job.attempts).toBe(2);
    expect(job.status).toBe('failed');
    expect(job.last_error).toContain('no handler');
  });
});
