/**
 * Quiz benchmark: 200 simulated learners answering quiz questions over HTTP for 30 s against the
 * production server with SQLite, then a check that every acknowledged answer was stored exactly once.
 * One request in twenty repeats an earlier answer with its idempotency key, as a client retrying after a
 * lost reply would: it must be acknowledged as already counted and store nothing.
 * Beside it, in the same run, a trivial static route of the same server (/robots.txt) as the ceiling.
 * Usage: npm run bench:quiz   (builds, sets up prisma/bench-quiz.db and starts its own server on 127.0.0.1)
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import Database from 'better-sqlite3';

const PORT = Number(process.env.BENCH_PORT ?? 3230);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LEARNERS = 200;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 30);
const QUIZZES_PER_LEARNER = 60; // 200 x 60 x 10 questions: more than the server can answer in 30 s here
const REPLAY_SHARE = 0.05;
const DB_FILE = 'prisma/bench-quiz.db';
const env = {
  ...process.env,
  DATABASE_URL: `file:./${DB_FILE}`,
  BETTER_AUTH_SECRET: 'bench-only-secret-of-at-least-32-characters',
  BETTER_AUTH_URL: ORIGIN,
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
};
const ARTICLE = { source: 'article', slug: 'xi-en-poetin-ontmoeten-elkaar-in-samarkand', level: 'B1' };

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`${ORIGIN}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

/** Signs a learner up over HTTP, each from an address of its own (sign-up is rate-limited per client); returns the session cookie. */
async function signUp(i: number): Promise<string> {
  const response = await fetch(`${ORIGIN}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Forwarded-For': `10.77.${Math.floor(i / 250)}.${i % 250}` },
    body: JSON.stringify({ name: `Learner ${i}`, email: `bench-${i}@example.com`, password: 'bench-password-1', role: 'learner' }),
  });
  if (!response.ok) throw new Error(`sign-up ${i}: HTTP ${response.status} ${await response.text()}`);
  // The session token and the signed session cache, as a browser would keep them.
  const cookies = response.headers.getSetCookie().map((value) => value.split(';')[0]!);
  if (!cookies.some((value) => value.startsWith('better-auth.session_token='))) throw new Error(`sign-up ${i}: no session cookie`);
  return cookies.join('; ');
}

async function inBatches<T>(count: number, batch: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, k) => work(start + k)))));
  }
  return results;
}

interface Pending {
  cookie: string;
  quizId: string;
  questionId: string;
  response: string;
}

/**
 * Each learner starts one real quiz over HTTP; the database then gets copies of its questions (new ids),
 * so the run never waits on quiz creation and measures answering alone.
 */
function copyQuizzes(db: Database.Database, cookies: Map<string, string>): Pending[] {
  const quizzes = db.prepare('SELECT id, userId, source, slug, level FROM Quiz').all() as { id: string; userId: string; source: string; slug: string; level: string }[];
  const questionsOf = db.prepare('SELECT * FROM QuizQuestion WHERE quizId = ? ORDER BY position');
  const insertQuiz = db.prepare('INSERT INTO Quiz (id, userId, source, slug, level, createdAt) VALUES (?, ?, ?, ?, ?, ?)');
  const insertQuestion = db.prepare(
    'INSERT INTO QuizQuestion (id, quizId, position, type, lexemeId, prompt, context, sentence, options, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const pending: Pending[] = [];
  db.transaction(() => {
    for (const quiz of quizzes) {
      const cookie = cookies.get(quiz.userId)!;
      const questions = questionsOf.all(quiz.id) as Record<string, string | number | null>[];
      for (let copy = 0; copy < QUIZZES_PER_LEARNER; copy++) {
        const quizId = copy === 0 ? quiz.id : randomUUID();
        if (copy > 0) insertQuiz.run(quizId, quiz.userId, quiz.source, quiz.slug, quiz.level, Date.now());
        for (const question of questions) {
          const questionId = copy === 0 ? String(question.id) : randomUUID();
          if (copy > 0) {
            insertQuestion.run(questionId, quizId, question.position, question.type, question.lexemeId, question.prompt, question.context, question.sentence, question.options, question.answer);
          }
          // Half right, half wrong: both paths update the schedule.
          const response = pending.length % 2 ? String(question.answer) : 'niet dit woord';
          pending.push({ cookie, quizId, questionId, response });
        }
      }
    }
  })();
  // Interleave learners, as real traffic would.
  for (let i = pending.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pending[i], pending[j]] = [pending[j]!, pending[i]!];
  }
  return pending;
}

/** What a connection remembers between its request and the response. */
interface Context {
  answer?: Pending & { key: string };
}


function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const cpus = os.cpus();
  console.log(`machine: ${cpus[0]?.model.trim()}, ${cpus.length} cores, node ${process.version}; server and load generator share it`);
  execFileSync('node_modules/.bin/next', ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_FILE + suffix, { force: true });
  execFileSync('node', ['scripts/setup.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
  try {
    await waitForServer();
    const sessions = await inBatches(LEARNERS, 8, signUp);
    await inBatches(LEARNERS, 8, async (i) => {
      const response = await fetch(`${ORIGIN}/api/quizzes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: sessions[i]! },
        body: JSON.stringify(ARTICLE),
      });
      if (response.status !== 201) throw new Error(`quiz for learner ${i}: HTTP ${response.status}`);
    });
    const db = new Database(DB_FILE);
    const users = db.prepare('SELECT id, email FROM User').all() as { id: string; email: string }[];
    const cookies = new Map(users.map((user) => [user.id, sessions[Number(/bench-(\d+)@/.exec(user.email)![1])]!]));
    const pending = copyQuizzes(db, cookies);
    db.close();
    console.log(`setup: ${LEARNERS} learners signed up over HTTP, ${pending.length} questions ready`);

    type Sent = Pending & { key: string };
    const send = (answer: Sent) =>
      fetch(`${ORIGIN}/api/quizzes/${answer.quizId}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: answer.cookie },
        body: JSON.stringify({ questionId: answer.questionId, response: answer.response, idempotencyKey: answer.key }),
      }).then((response) => response.status);

    // Warm-up, not measured: the first answers load the lexicon and compile the route.
    let acknowledged = 0;
    for (let i = 0; i < 50; i++) if ((await send({ ...pending.pop()!, key: randomUUID() })) === 201) acknowledged += 1;

    const answered: Sent[] = [];
    const inFlight = new Set<Sent>();
    let replayed = 0;
    let ranOut = false;
    const answers = await run({
      url: ORIGIN,
      connections: LEARNERS,
      duration: DURATION_S,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request: CannonRequest, context: object) => {
            const replay = answered.length > 0 && Math.random() < REPLAY_SHARE;
            const next: Sent | undefined = replay ? answered[Math.floor(Math.random() * answered.length)] : pending.length ? { ...pending.pop()!, key: randomUUID() } : undefined;
            if (!next) {
              ranOut = true;
              return request; // repeats the previous request: a replay, counted once
            }
            (context as Context).answer = next;
            if (!replay) inFlight.add(next);
            return {
              ...request,
              path: `/api/quizzes/${next.quizId}/answers`,
              headers: { 'content-type': 'application/json', cookie: next.cookie },
              body: JSON.stringify({ questionId: next.questionId, response: next.response, idempotencyKey: next.key }),
            };
          },
          onResponse: (status: number, _body: string, context: object) => {
            const answer = (context as Context).answer!;
            if (status === 201) {
              acknowledged += 1;
              answered.push(answer);
            } else if (status === 200) replayed += 1;
            inFlight.delete(answer);
          },
        },
      ],
    });
    // Answers still in flight when the clock stopped: their clients retry with the same key, and an
    // answer the server had already stored is acknowledged now (200) without being stored again.
    let lateAcknowledged = 0;
    for (const answer of inFlight) if ([200, 201].includes(await send(answer))) lateAcknowledged += 1;
    acknowledged += lateAcknowledged;
    const ceiling = await run({ url: `${ORIGIN}/robots.txt`, connections: LEARNERS, duration: Math.min(10, DURATION_S) });

    const stored = (new Database(DB_FILE, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM QuizAnswer').get() as { n: number }).n;
    const other = answers.non2xx;
    console.log(
      `answers: ${answers.requests.total} requests in ${answers.duration.toFixed(1)} s (after 50 warm-up answers); ${replayed} replays acknowledged as already counted (200), ${other} other statuses, ${answers.errors} errors, ${answers.timeouts} timeouts; ${inFlight.size} in flight at the end, retried: ${lateAcknowledged} acknowledged${ranOut ? '; ran out of questions' : ''}`,
    );
    console.log(`latency: p50 ${answers.latency.p50} ms, p90 ${answers.latency.p90} ms, p99 ${answers.latency.p99} ms, max ${answers.latency.max} ms`);
    console.log(`static /robots.txt: ${Math.round(ceiling.requests.average)} req/s, p99 ${ceiling.latency.p99} ms`);
    console.log(
      `quiz answers: ${acknowledged} acknowledged, ${stored} stored, ${Math.round(answers.requests.average)} req/s, p99 ${answers.latency.p99} ms; static ceiling ${Math.round(ceiling.requests.average)} req/s`,
    );
    if (stored !== acknowledged) process.exitCode = 1;
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
