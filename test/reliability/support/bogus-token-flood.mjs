// Keeps CONCURRENCY requests with bogus admin tokens in flight against URL
// until stdin closes, then prints the count of answers by status as JSON.
// Run as its own process so the flood does not share the measuring client's
// event loop; plain node:http on kept-alive connections, to cost the machine
// as little as a client can. Each request comes from its own address
// (X-Forwarded-For: the server must trust the proxy), so the per-address
// failure limit never answers for the token check.
import http from 'node:http';

const [url, concurrency] = [new URL(process.argv[2]), Number(process.argv[3] ?? 100)];
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let running = true;
let sent = 0;
const statuses = {};
process.stdin.on('end', () => (running = false)).resume();

const once = (i, n) =>
  new Promise((resolve) => {
    const request = http.get(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/admin/employees?q=ab',
        headers: { authorization: `Bearer sapa_bogus${i}x${n}`, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(String(response.statusCode)));
      },
    );
    request.on('error', () => resolve('error'));
  });

const worker = async (i) => {
  while (running) {
    sent += 1;
    const status = await once(i, sent);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
};
await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
agent.destroy();
process.stdout.write(JSON.stringify(statuses));
