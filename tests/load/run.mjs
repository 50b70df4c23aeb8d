// Benchmarks print figures side by side with a bare reference measured in the same run.
// The realtime benchmarks (graphql-ws fan-out, autocannon on /graphql) arrive with threads.
console.log('no benchmarks yet');
