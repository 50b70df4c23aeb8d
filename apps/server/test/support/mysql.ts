import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** Creates an empty utf8mb4 database on the server of `serverUrl`; returns its URL. */
export async function createMysqlDatabase(serverUrl: string, prefix = 'tandem_test'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = '/';
  const connection = await createConnection({ uri: url.toString() });
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropMysqlDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/';
  const connection = await createConnection({ uri: url.toString() });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}
