import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { openBakerySurvey } from './distribution-app.ts';

let t: TestApp;
let owner: TestUser;
let survey: { id: string; slug: string };
const ws = () => `/api/w/${owner.workspaceId}`;

async function submit(n: number, answers: Record<string, unknown>, complete: boolean, channel: 'link' | 'embed' | 'qr', language: 'nl' | 'en' = 'nl') {
  const res = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${survey.slug}/responses`, payload: { clientToken: `client-token-${String(n).padStart(6, '0')}`, answers, complete, channel, language } });
  if (res.statusCode >= 300) throw new Error(`submit ${res.statusCode}: ${res.body}`);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://klankbord.test' });
  owner = await signUpUser(t.app, { workspaceName: 'Bakkerij Antwoorden' });
  survey = await openBakerySurvey(owner);
  await submit(1, { nps: 9, visit: 'weekly', bought: ['bread', 'cake'], delivery: true, remarks: 'Lekker brood' }, true, 'link');
  await submit(2, { nps: 3, visit: 'monthly', bought: ['coffee'] }, true, 'qr', 'en');
  await submit(3, { nps: 10 }, false, 'embed');
});
afterAll(async () => t.close());

describe('responses page API', () => {
  it('lists with filters on completion, channel and answer values, with pages', async () => {
    const all = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses` });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().total).toBe(3);
    expect(all.json().channels).toEqual(['embed', 'link', 'qr']);
    const get = async (q: string) => (await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses?${q}` })).json();
    expect((await get('status=complete')).total).toBe(2);
    expect((await get('status=partial')).items[0].answers).toEqual({ nps: 10 });
    expect((await get('channel=qr')).items[0].answers.visit).toBe('monthly');
    expect((await get('language=en')).items.map((r: { answers: { visit?: string } }) => r.answers.visit)).toEqual(['monthly']);
    expect((await get('language=nl')).total).toBe(2);
    expect((await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses?language=de` })).statusCode).toBe(400);
    expect((await get('question=nps&value=9')).total).toBe(1);
    expect((await get('question=bought&value=cake')).items[0].answers.remarks).toBe('Lekker brood');
    expect((await get('question=bought&value=tea')).total).toBe(0);
    expect((await get('from=2000-01-01&to=2999-12-31')).total).toBe(3);
    expect((await get('to=2001-01-01')).total).toBe(0);
    const page2 = await get('pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    const bad = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses?from=yesterday` });
    expect(bad.statusCode).toBe(400);
  });

  it('shows one response in full and deletes it', async () => {
    const id = await submit(4, { nps: 5 }, true, 'link');
    const one = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses/${id}` });
    expect(one.json()).toMatchObject({ id, status: 'complete', channel: 'link', answers: { nps: 5 }, customer: null });
    expect((await owner.request({ method: 'DELETE', url: `${ws()}/surveys/${survey.id}/responses/${id}` })).statusCode).toBe(200);
    expect((await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses/${id}` })).statusCode).toBe(404);
    expect((await owner.request({ method: 'DELETE', url: `${ws()}/surveys/${survey.id}/responses/${id}` })).statusCode).toBe(404);
  });

  it('exports CSV with codes, multi-choice as 0/1 per option, and labels in the asked language', async () => {
    const res = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses/export.csv?status=complete` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="responses-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = Papa.parse<Record<string, string>>(res.body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    const first = rows.find((r) => r.nps === '9')!;
    expect(first).toMatchObject({ visit: 'weekly', bought_bread: '1', bought_cake: '1', bought_coffee: '0', delivery: '1', remarks: 'Lekker brood', channel: 'link', status: 'complete' });
    const labels = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses/export.csv?status=complete&values=labels&header=labels&lang=en` });
    const lrows = Papa.parse<Record<string, string>>(labels.body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(lrows.find((r) => r['How likely are you to recommend us?'] === '9')).toMatchObject({ 'How often do you visit?': 'Weekly', 'Do you want delivery?': 'Yes', 'What do you buy? - Cake': '1' });
  });

  it('exports XLSX with codes and labels rows and a codebook', async () => {
    const res = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses/export.xlsx?lang=nl` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Antwoorden')!;
    const codes = (sheet.getRow(1).values as unknown[]).slice(1);
    const labels = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(codes.slice(6)).toEqual(['nps', 'visit', 'bought_bread', 'bought_cake', 'bought_coffee', 'delivery', 'remarks']);
    expect(labels[codes.indexOf('bought_cake')]).toBe('Wat koopt u? - Taart');
    expect(sheet.rowCount).toBe(2 + 3);
    const codebook = wb.getWorksheet('Codeboek')!;
    const visitRow = codebook.getRows(2, codebook.rowCount - 1)!.find((r) => r.getCell(1).value === 'visit')!;
    expect(visitRow.getCell(4).value).toBe('weekly = Wekelijks; monthly = Maandelijks');
  });

  it('imports responses from CSV with a mapping, validating values; nothing is stored when a row is wrong', async () => {
    const csv = 'Score;Bezoek;Opmerking\n8;Wekelijks;Prima\n11;weekly;\n';
    const cols = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/responses/import/columns`, payload: { csv } });
    expect(cols.json().headers).toEqual(['Score', 'Bezoek', 'Opmerking']);
    const mapping = { Score: 'nps', Bezoek: 'visit', Opmerking: 'remarks' };
    const dry = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/responses/import`, payload: { csv, mapping, dryRun: true } });
    expect(dry.json()).toEqual({ imported: 0, problems: [{ row: 3, column: 'Score', reason: '"11" is not a whole number from 0 to 10' }] });
    const wrong = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/responses/import`, payload: { csv, mapping } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'IMPORT_INVALID', details: [{ field: 'csv.row3.Score' }] });
    const fixed = csv.replace('11;weekly;', '10;weekly;');
    const ok = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/responses/import`, payload: { csv: fixed, mapping } });
    expect(ok.json()).toEqual({ imported: 2, problems: [] });
    const imported = (await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses?channel=import` })).json();
    expect(imported.total).toBe(2);
    expect(imported.items.map((r: { answers: unknown }) => r.answers)).toEqual(expect.arrayContaining([{ nps: 8, visit: 'weekly', remarks: 'Prima' }, { nps: 10, visit: 'weekly' }]));
    expect(imported.items.every((r: { status: string }) => r.status === 'complete')).toBe(true);
  });
});

describe('share link, QR code and embed', () => {
  it('gives the link, snippets and QR downloads (PNG and SVG)', async () => {
    const share = (await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/share` })).json();
    expect(share.url).toBe(`https://klankbord.test/s/${survey.slug}`);
    expect(share.iframeSnippet).toContain(`src="https://klankbord.test/s/${survey.slug}?embed=1"`);
    expect(share.scriptSnippet).toContain('src="https://klankbord.test/embed/survey.js"');
    expect(share.scriptSnippet).toContain(`data-survey="${survey.slug}"`);
    const png = await owner.request({ method: 'GET', url: share.qrPngPath });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const svg = await owner.request({ method: 'GET', url: share.qrSvgPath });
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg [^>]*viewBox/);
  });

  it('serves the embed script to other sites and lets only /s/* pages be framed', async () => {
    const js = await t.app.inject({ method: 'GET', url: '/embed/survey.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    expect(js.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(js.body).toContain("'/s/' + encodeURIComponent(s) + '?embed=1'");
    const page = await t.app.inject({ method: 'GET', url: `/s/${survey.slug}?embed=1` });
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
    const api = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(api.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });
});
