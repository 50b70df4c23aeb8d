// The pair, thread and signed-in people the threads benchmark posts and listens with.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverRequire = (p) => import(pathToFileURL(path.join(root, 'apps/server', p)).href);

export async function sceneFor(app, url, posters) {
  const db = app.services.deps.db;
  const { Ptce } = await serverRequire('dist/src/directory/ptce.entity.js');
  const { User } = await serverRequire('dist/src/identity/user.entity.js');
  const { Pair } = await serverRequire('dist/src/pairs/pair.entity.js');
  const { Thread } = await serverRequire('dist/src/threads/thread.entity.js');
  const { hashPassword } = await serverRequire('dist/src/identity/password.js');
  const ptce = (slug) =>
    db.getRepository(Ptce).save(
      db.getRepository(Ptce).create({
        slug,
        name: slug,
        departmentCodes: '40',
        region: 'NA',
        amiLaureate2021: true,
        charterSignatory: false,
        isCompagnon: true,
      }),
    );
  const a = await ptce(`bench-a-${randomUUID().slice(0, 8)}`);
  const b = await ptce(`bench-b-${randomUUID().slice(0, 8)}`);
  const passwordHash = await hashPassword('bench-password-123');
  const users = [];
  for (let i = 0; i < posters + 1; i++) {
    users.push(
      await db.getRepository(User).save(
        db.getRepository(User).create({
          email: `bench-${randomUUID()}@example.org`,
          displayName: `Bench ${i}`,
          passwordHash,
          role: 'COORDINATOR',
          ptceId: i % 2 ? a.id : b.id,
          locale: 'fr',
        }),
      ),
    );
  }
  const pair = await db
    .getRepository(Pair)
    .save(
      db
        .getRepository(Pair)
        .create({ status: 'ACTIVE', compagnonId: a.id, beneficiaryId: b.id, themes: [], requestedAt: new Date() }),
    );
  const thread = await db
    .getRepository(Thread)
    .save(
      db
        .getRepository(Thread)
        .create({ pairId: pair.id, title: 'bench', createdById: users[0].id, lastSeq: 0, lastActivityAt: new Date() }),
    );
  const cookies = [];
  for (const user of users) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }',
        variables: { e: user.email, p: 'bench-password-123' },
      }),
    });
    cookies.push(res.headers.getSetCookie()[0].split(';')[0]);
  }
  return { thread, cookies };
}
