import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentVersion } from '../src/documents/document.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makePair, makeUser, PASSWORD } from './support/factories.js';
import { makePdf, PNG } from './support/files.js';
import { startTestS3, type TestS3 } from './support/s3.js';
import { upload } from './support/upload.js';
import { unzip } from './support/unzip.js';

// Document files in S3-compatible storage: the export reads each version from the bucket at its turn.
let s3: TestS3;
let t: TestApp;
beforeAll(async () => {
  s3 = await startTestS3();
  t = await startTestApp(s3.env);
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

async function spaceWithFiles() {
  const pair = await makePair(t.app);
  const user = await makeUser(t.app, { ptce: { id: pair.compagnonId } as never });
  const client = new TestClient(t);
  await client.logIn(user.email, PASSWORD);
  const v1 = makePdf('Programme v1');
  const v2 = makePdf('Programme v2');
  const doc = await upload(
    t,
    client,
    { pairId: pair.id },
    { bytes: v1, name: 'programme.pdf' },
    { fields: { title: 'Programme' } },
  );
  await upload(t, client, { documentId: doc.body.document!.id }, { bytes: v2, name: 'programme.pdf' });
  await upload(t, client, { pairId: pair.id }, { bytes: PNG, name: 'plan.png' }, { fields: { title: 'Plan' } });
  return { pair, client, v1, v2, documentId: doc.body.document!.id };
}

const exportZip = (client: TestClient, pairId: string) =>
  fetch(`${t.url}/api/pairs/${pairId}/export.zip`, { headers: { cookie: client.cookie! } });

describe('exporting a space whose files are in S3', () => {
  it('puts every version from the bucket in the archive, byte for byte', async () => {
    const { pair, client, v1, v2 } = await spaceWithFiles();
    const res = await exportZip(client, pair.id);
    expect(res.status).toBe(200);
    const files = await unzip(Buffer.from(await res.arrayBuffer()));
    const byName = (suffix: string) => [...files].find(([name]) => name.endsWith(suffix))?.[1];
    expect(byName('/v1-programme.pdf')?.equals(v1)).toBe(true);
    expect(byName('/v2-programme.pdf')?.equals(v2)).toBe(true);
    expect(byName('/v1-plan.png')?.equals(PNG)).toBe(true);
  });

  it('cuts the download when an object is missing from the bucket', async () => {
    const { pair, client, documentId } = await spaceWithFiles();
    const version = await t.app.services.deps.db.getRepository(DocumentVersion).findOneByOrFail({ documentId, number: 1 });
    const s3Client = new S3Client({
      endpoint: s3.env.S3_ENDPOINT,
      region: s3.env.S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.env.S3_ACCESS_KEY, secretAccessKey: s3.env.S3_SECRET_KEY },
    });
    await s3Client.send(new DeleteObjectCommand({ Bucket: s3.env.S3_BUCKET, Key: version.storageKey! }));
    s3Client.destroy();
    const res = await exportZip(client, pair.id);
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
