// The load side of bench:cases, in its own process so that it does not share the server's event loop.
// Argument: JSON { url, seconds, citizens, password, implCode }; one client per citizen. Replies via IPC.
import process from 'node:process';
import { oneCase, Session, STEPS, type Step } from './bench-cases-http';

type Args = { url: string; seconds: number; citizens: string[]; password: string; implCode: string };
const args = JSON.parse(process.argv[2] ?? '{}') as Args;

const latencies = new Map<Step, number[]>(STEPS.map((s) => [s, []]));
const errors: string[] = [];
let completed = 0;

/** Sign-ins and uploads happen before the clock starts: they are not part of a case. */
async function setUp(citizenName: string) {
  const citizen = new Session(args.url);
  const reviewer = new Session(args.url);
  const clerk = new Session(args.url);
  await citizen.signIn(citizenName, args.password);
  await reviewer.signIn('reviewer', args.password);
  await clerk.signIn('clerk', args.password);
  const fileIds = {
    application: await citizen.uploadPdf('申请书.pdf'),
    licence: await citizen.uploadPdf('营业执照.pdf'),
  };
  return { sessions: { citizen, reviewer, clerk }, fileIds };
}

async function client(setup: Awaited<ReturnType<typeof setUp>>, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      await oneCase(setup.sessions, args.implCode, setup.fileIds, async (step, call) => {
        const started = performance.now();
        const res = await call();
        latencies.get(step)?.push(performance.now() - started);
        return res;
      });
      completed++;
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const setups = [];
for (const name of args.citizens) setups.push(await setUp(name));
const started = performance.now();
const deadline = Date.now() + args.seconds * 1000;
await Promise.all(setups.map((s) => client(s, deadline)));
const elapsed = (performance.now() - started) / 1000;
process.send?.({
  completed,
  elapsed,
  casesPerSecond: completed / elapsed,
  errors: errors.length,
  firstErrors: errors.slice(0, 5),
  perStep: Object.fromEntries(
    [...latencies].map(([step, xs]) => [
      step,
      { n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99) },
    ]),
  ),
});
process.exit(0);
