// V8 flags of the server process, shared by `npm start` (scripts/tandem.mjs), the benchmarks
// (tests/load/run.mjs, so they measure the server as it runs) and, by hand, infra/Dockerfile.
// A larger young generation (default 16 MiB semi-spaces) means fewer scavenges under load. Measured
// on the directory benchmark (cached answer, client apart, quiet machine): 16 MiB → p99 3.4–3.8 ms,
// 2,665–2,768 req/s; 32 MiB → 2.9–3.2 ms, 2,687–2,972 req/s; 64 MiB → 2.3–3.1 ms, 2,754–3,061 req/s
// but 26 KiB RSS per WebSocket connection instead of 21 (threads benchmark, 10,000 sockets). 32 it is.
export const SERVER_NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=32'];
