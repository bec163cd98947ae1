import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser } from '@playwright/test';

/**
 * Every page, action and route handler that touches a class, called over HTTP as nobody, a learner in
 * class A, a learner in class B, the teacher of A and the teacher of B. Only the owners get through;
 * everyone else is refused (401 or a redirect to sign in when signed out, 403 or 404 otherwise) and no
 * response carries anything of class A.
 */

const ROLES = ['nobody', 'learnerA', 'learnerB', 'teacherA', 'teacherB'] as const;
type Role = (typeof ROLES)[number];
const SLUG = 'xi-en-poetin-ontmoeten-elkaar-in-samarkand';

interface World {
  as: Record<Role, APIRequestContext>;
  classA: string;
  codeA: string;
  assignmentA: string;
  quizA: string;
  questionA: string;
  learnerAId: string;
  importA: string;
  secrets: string[];
}

let client = 0;
async function context(baseURL: string): Promise<APIRequestContext> {
  client += 1;
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': `10.200.${Math.floor(client / 250)}.${client % 250}`, origin: baseURL } });
}

async function json<T>(response: Promise<import('@playwright/test').APIResponse>, status = [200, 201]): Promise<T> {
  const reply = await response;
  expect(status, `${reply.url()}: ${await reply.text()}`).toContain(reply.status());
  return (await reply.json()) as T;
}

async function setUp(baseURL: string): Promise<World> {
  const as = {} as Record<Role, APIRequestContext>;
  const emails = {} as Record<Role, string>;
  for (const role of ROLES) {
    as[role] = await context(baseURL);
    if (role === 'nobody') continue;
    emails[role] = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
    await json(
      as[role].post('/api/auth/sign-up/email', {
        data: { name: `${role} naam`, email: emails[role], password: 'matrix-password-1', role: role.startsWith('teacher') ? 'teacher' : 'learner' },
      }),
    );
  }
  const classA = await json<{ id: string; joinCode: string }>(as.teacherA.post('/api/classes', { data: { name: 'Klas A-geheim' } }));
  const classB = await json<{ id: string; joinCode: string }>(as.teacherB.post('/api/classes', { data: { name: 'Klas B' } }));
  const assignment = (classId: string, instructions: string) => ({
    data: { slug: SLUG, level: 'A2', dueAt: '2030-01-31', instructions, quizRequired: true, minScore: 50 },
  });
  const assignmentA = await json<{ id: string }>(as.teacherA.post(`/api/classes/${classA.id}/assignments`, assignment(classA.id, 'Geheime instructie A')));
  await json(as.teacherB.post(`/api/classes/${classB.id}/assignments`, assignment(classB.id, 'Instructie B')));
  await json(as.learnerA.post('/api/classes/join', { data: { code: classA.joinCode } }));
  await json(as.learnerB.post('/api/classes/join', { data: { code: classB.joinCode } }));
  const quizA = await json<{ id: string }>(as.learnerA.post('/api/quizzes', { data: { source: 'assignment', assignmentId: assignmentA.id } }));
  const quiz = await json<{ questions: { id: string; prompt: string }[] }>(as.learnerA.get(`/api/quizzes/${quizA.id}`));
  const session = await json<{ user: { id: string } }>(as.learnerA.get('/api/auth/get-session'));
  return {
    as,
    classA: classA.id,
    codeA: classA.joinCode,
    assignmentA: assignmentA.id,
    quizA: quizA.id,
    questionA: quiz.questions[0]!.id,
    learnerAId: session.user.id,
    importA: '',
    secrets: ['Klas A-geheim', classA.joinCode, `${classA.joinCode.slice(0, 4)}-${classA.joinCode.slice(4)}`, emails.learnerA, 'Geheime instructie A', 'Geheim artikel A'],
  };
}

/** A browser signed in as the API context's user. */
async function browserAs(browser: Browser, api: APIRequestContext) {
  return browser.newContext({ storageState: await api.storageState() });
}

interface Probe {
  name: string;
  call: (api: APIRequestContext) => Promise<import('@playwright/test').APIResponse>;
  /** Who gets through. */
  allowed: readonly Role[];
  /** Who may see class A's data in the answer (the owners); the rest must not. */
  mayShow?: readonly Role[];
  page?: boolean;
}

function expectRefused(role: Role, probe: Probe, status: number, location: string | undefined) {
  if (role === 'nobody') {
    // Signed out: sent to sign in (pages), 401 (route handlers), or 404 for what no one signed out may see.
    if (status >= 300 && status < 400) expect(location, `${probe.name} as nobody`).toMatch(/\/sign-in\?next=/);
    else expect([probe.page ? 404 : 401, 404], `${probe.name} as nobody: ${status}`).toContain(status);
  } else {
    expect([403, 404], `${probe.name} as ${role}: ${status}`).toContain(status);
  }
}

async function runProbes(world: World, probes: Probe[]) {
  for (const probe of probes) {
    for (const role of ROLES) {
      const response = await probe.call(world.as[role]);
      const status = response.status();
      const body = await response.text();
      if (probe.allowed.includes(role)) {
        expect(status, `${probe.name} as ${role}: ${body.slice(0, 200)}`).toBeLessThan(300);
      } else {
        expectRefused(role, probe, status, response.headers().location);
      }
      if (!(probe.mayShow ?? probe.allowed).includes(role)) {
        for (const secret of world.secrets) expect(body.includes(secret), `${probe.name} as ${role} leaks "${secret}"`).toBe(false);
      }
    }
  }
}

test('every page, action and route handler refuses cross-class access and leaks nothing', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const world = await setUp(baseURL!);
  const { as } = world;
  const get = (path: string) => (api: APIRequestContext) => api.get(path, { maxRedirects: 0 });
  const post = (path: string, data: unknown) => (api: APIRequestContext) => api.post(path, { data, maxRedirects: 0 });
  const signedIn: Role[] = ['learnerA', 'learnerB', 'teacherA', 'teacherB'];
  const teachers: Role[] = ['teacherA', 'teacherB'];

  // Teacher A imports an article in the browser; the server actions' requests are recorded to replay.
  const teacherBrowser = await browserAs(browser, as.teacherA);
  const page = await teacherBrowser.newPage();
  await page.goto('/en/import');
  const importRequest = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
  await page.getByLabel('Title').fill('Geheim artikel A');
  await page.getByLabel('Dutch text').fill('De regering kondigde gisteren nieuwe maatregelen aan. Volgens de minister is dat een goed begin voor het land.');
  await page.getByRole('button', { name: 'Import' }).click();
  const recordedImport = await importRequest;
  await expect(page).toHaveURL(/\/edit$/);
  world.importA = new URL(page.url()).pathname.split('/')[3]!;
  // A correction to "gehackt" is recorded as teacher A saves it, then undone by teacher A.
  const gloss = () => page.getByRole('row', { name: /regering/ }).first().getByRole('textbox', { name: 'Gloss: regering' });
  const save = () => page.getByRole('row', { name: /regering/ }).first().getByRole('button', { name: 'Save: regering' });
  const correctionRequest = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
  await gloss().fill('gehackt');
  await save().click();
  const recordedCorrection = await correctionRequest;
  await expect(page.getByRole('row', { name: /regering/ }).first()).toContainText('corrected');
  const undone = page.waitForResponse((response) => response.request().headers()['next-action'] !== undefined);
  await gloss().fill('government');
  await save().click();
  await undone;
  await page.reload();
  await expect(gloss()).toHaveValue('government');
  // The recorded requests, sent again as each role (same body, their own cookies).
  const replay = (recorded: typeof recordedImport) => (api: APIRequestContext) => {
    const headers = Object.fromEntries(Object.entries(recorded.headers()).filter(([name]) => !['cookie', 'content-length'].includes(name)));
    return api.fetch(recorded.url(), { method: 'POST', headers, data: recorded.postDataBuffer()!, maxRedirects: 0 });
  };

  // Teacher A's import, as the reader and the quiz address it.
  const stored = new Database('prisma/e2e.db', { readonly: true });
  const version = stored.prepare('SELECT v.id, v.level FROM ArticleVersion v JOIN Article a ON a.id = v.articleId WHERE a.slug = ?').get(world.importA) as {
    id: string;
    level: string;
  };
  const occurrence = stored.prepare('SELECT o.id FROM Occurrence o JOIN Block b ON b.id = o.blockId WHERE b.versionId = ? LIMIT 1').get(version.id) as { id: number };
  stored.close();
  const readersOfA: Role[] = ['teacherA', 'learnerA'];

  await runProbes(world, [
    // Pages
    { name: 'class page', call: get(`/en/teach/${world.classA}`), allowed: ['teacherA'], page: true },
    { name: 'assignment progress page', call: get(`/en/teach/assignments/${world.assignmentA}`), allowed: ['teacherA'], page: true },
    { name: 'learner A’s quiz page', call: get(`/en/quiz/${world.quizA}`), allowed: ['learnerA'], page: true },
    { name: 'editor of teacher A’s import', call: get(`/en/articles/${world.importA}/edit`), allowed: ['teacherA'], page: true },
    { name: 'import page', call: get('/en/import'), allowed: teachers, mayShow: [], page: true },
    { name: 'classes page', call: get('/en/teach'), allowed: teachers, mayShow: ['teacherA'], page: true },
    { name: 'home page', call: get('/en'), allowed: ROLES, mayShow: ['learnerA', 'teacherA'] },
    { name: 'reader of teacher A’s import', call: get(`/en/articles/${world.importA}`), allowed: ['teacherA', 'learnerA'] },
    { name: 'review page', call: get('/en/review'), allowed: signedIn, mayShow: [], page: true },
    { name: 'progress page', call: get('/en/progress'), allowed: signedIn, mayShow: [], page: true },
    { name: 'account page', call: get('/en/account'), allowed: signedIn, mayShow: ['learnerA'], page: true },
    // Route handlers
    { name: 'GET assignment progress', call: get(`/api/assignments/${world.assignmentA}/progress`), allowed: ['teacherA'] },
    { name: 'GET assignment results CSV', call: get(`/api/assignments/${world.assignmentA}/results`), allowed: ['teacherA'] },
    { name: 'GET class hard words', call: get(`/api/classes/${world.classA}/words`), allowed: ['teacherA'] },
    {
      name: 'POST assignment to class A',
      call: post(`/api/classes/${world.classA}/assignments`, { slug: SLUG, level: 'B1', dueAt: '2030-02-01', quizRequired: false }),
      allowed: ['teacherA'],
    },
    { name: 'POST hard-words quiz for class A', call: post(`/api/classes/${world.classA}/words`, { title: 'x', dueAt: '2030-02-01' }), allowed: [] },
    { name: 'GET learner A’s quiz', call: get(`/api/quizzes/${world.quizA}`), allowed: ['learnerA'] },
    {
      name: 'POST answer to learner A’s quiz',
      call: (api) => api.post(`/api/quizzes/${world.quizA}/answers`, { data: { questionId: world.questionA, response: 'x', idempotencyKey: randomUUID() } }),
      allowed: ['learnerA'],
    },
    { name: 'POST quiz for assignment A', call: post('/api/quizzes', { source: 'assignment', assignmentId: world.assignmentA }), allowed: ['learnerA'] },
    { name: 'POST new class', call: post('/api/classes', { name: 'Nog een klas' }), allowed: teachers, mayShow: [] },
    { name: 'GET data export', call: get('/api/account/export'), allowed: signedIn, mayShow: ['learnerA'] },
    { name: 'POST quiz on teacher A’s import', call: post('/api/quizzes', { source: 'article', slug: world.importA, level: version.level }), allowed: readersOfA },
    { name: 'POST reading report on teacher A’s import', call: post('/api/reading', { versionId: version.id, blocksSeen: [], seconds: 1, lookups: [] }), allowed: readersOfA },
    { name: 'POST mark the rest of teacher A’s import known', call: post('/api/words/known', { versionId: version.id }), allowed: readersOfA },
    { name: 'POST save a word of teacher A’s import', call: post('/api/words/saved', { occurrenceId: occurrence.id }), allowed: readersOfA },
    { name: 'PUT a word status (one’s own)', call: (api) => api.put('/api/words/status', { data: { lexemeId: 1, status: 'known' } }), allowed: signedIn },
    { name: 'GET saved words (one’s own)', call: get('/api/words/saved'), allowed: signedIn, mayShow: readersOfA },
    { name: 'GET health', call: get('/api/health'), allowed: ROLES },
    // Server actions, replayed
    { name: 'import action', call: replay(recordedImport), allowed: teachers, mayShow: ['teacherA', 'teacherB'] },
  ]);

  // The correction action: only its importer may apply it; a refused replay changes nothing.
  for (const role of ROLES.filter((role) => role !== 'teacherA')) {
    const response = await replay(recordedCorrection)(as[role]);
    expectRefused(role, { name: 'correction action', call: async () => response, allowed: [], page: true }, response.status(), response.headers().location);
    const editor = await as.teacherA.get(`/en/articles/${world.importA}/edit`);
    expect(await editor.text(), `correction replayed as ${role}`).not.toContain('gehackt');
  }
  // Imports replayed by learners and by nobody stored nothing: teacher A's article, and the teachers' two replays.
  const after = new Database('prisma/e2e.db', { readonly: true });
  expect(after.prepare('SELECT COUNT(*) AS n FROM Article WHERE title = ?').get('Geheim artikel A')).toEqual({ n: 3 });
  after.close();

  // A learner cannot make themselves a teacher: the role is fixed at sign-up.
  expect((await as.learnerB.post('/api/auth/update-user', { data: { role: 'teacher' } })).status()).toBe(403);
  expect((await as.learnerB.post('/api/auth/update-user', { data: { name: 'learnerB naam' } })).status()).toBe(200);
  expect((await as.learnerB.post('/api/classes', { data: { name: 'Eigen klas' } })).status()).toBe(403);

  // Destructive calls last: the code and the membership, refused to all but teacher A.
  for (const role of ROLES.filter((role) => role !== 'teacherA')) {
    const rotate = await as[role].post(`/api/classes/${world.classA}/code`, { data: {} });
    expectRefused(role, { name: 'rotate code', call: async () => rotate, allowed: [] }, rotate.status(), undefined);
    const remove = await as[role].delete(`/api/classes/${world.classA}/members/${world.learnerAId}`);
    expectRefused(role, { name: 'remove member', call: async () => remove, allowed: [] }, remove.status(), undefined);
  }
  expect((await as.teacherA.post(`/api/classes/${world.classA}/code`, { data: {} })).status()).toBe(200);
  expect((await as.teacherA.delete(`/api/classes/${world.classA}/members/${world.learnerAId}`)).status()).toBe(204);
  // Removed from the class, learner A can no longer start its quiz.
  expect((await as.learnerA.post('/api/quizzes', { data: { source: 'assignment', assignmentId: world.assignmentA } })).status()).toBe(404);
  await teacherBrowser.close();
});
