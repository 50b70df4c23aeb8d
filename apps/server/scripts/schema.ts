// `write` emits apps/server/schema.graphql; `check` fails when the committed file is stale.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildAppSchema, printAppSchema } from '../src/core/schema.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
const text = printAppSchema(await buildAppSchema(createPubSub()));

if (process.argv[2] === 'write') {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error('schema.graphql is stale: run `pnpm --filter @tandem/server schema:emit` and commit it');
    process.exitCode = 1;
  } else {
    console.log('schema.graphql is up to date');
  }
}
