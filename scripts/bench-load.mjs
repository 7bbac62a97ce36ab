// The load side of bench:catalog, in its own process so it does not share the server's event loop.
// Args: base URL, seconds, concurrent clients, JSON array of queries. Replies to the parent via IPC.
import process from 'node:process';

const [url, secondsArg, clientsArg, queriesArg] = process.argv.slice(2);
const queries = JSON.parse(queriesArg);
const deadline = Date.now() + Number(secondsArg) * 1000;
const latencies = [];
const byQuery = new Map(queries.map((q) => [q, []]));
let errors = 0;
let n = 0;

async function client() {
  while (Date.now() < deadline) {
    const q = queries[n++ % queries.length];
    const started = performance.now();
    try {
      const res = await fetch(`${url}/api/v1/items?q=${encodeURIComponent(q)}&pageSize=20`);
      await res.arrayBuffer();
      if (!res.ok) errors++;
    } catch {
      errors++;
    }
    const ms = performance.now() - started;
    latencies.push(ms);
    byQuery.get(q).push(ms);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const started = performance.now();
await Promise.all(Array.from({ length: Number(clientsArg) }, client));
const elapsed = (performance.now() - started) / 1000;
process.send({
  count: latencies.length,
  errors,
  rps: latencies.length / elapsed,
  p50: pct(latencies, 50),
  p95: pct(latencies, 95),
  p99: pct(latencies, 99),
  perQuery: Object.fromEntries([...byQuery].map(([q, xs]) => [q, pct(xs, 95)])),
});
process.exit(0);
