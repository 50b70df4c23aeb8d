import { In, IsNull, Not } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/identity/user.entity.js';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { AppSecret, MailOutbox, Notification } from '../src/notifications/notification.entity.js';
import { unsubscribeToken } from '../src/notifications/unsubscribe-token.js';
import { ADD, itemInput } from './support/agenda.js';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makeUser, PASSWORD } from './support/factories.js';
import { freePort, startSmtp } from './support/smtp.js';
import { makeThread, pairWithPeople, post } from './support/threads.js';

// Each test boots its apps with the worker off (MAIL_WORKER_INTERVAL_SECONDS=0) and runs its passes itself.
const QUIET = { MAIL_WORKER_INTERVAL_SECONDS: '0', MAIL_RETRY_BASE_SECONDS: '60' };
const databaseOf = (t: TestApp) =>
  t.config.database.kind === 'sqlite' ? `sqlite:${t.config.database.path}` : t.config.database.url;
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

type Smtp = Awaited<ReturnType<typeof startSmtp>>;
let smtp: Smtp;
let t: TestApp;
const apps: TestApp[] = [];
beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ ...QUIET, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await t?.close();
  await smtp?.close();
});

/** Another server instance on the same database and SMTP server. */
async function instance(env: Record<string, string> = {}): Promise<TestApp> {
  const app = await startTestApp({ ...QUIET, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DATABASE_URL: databaseOf(t), ...env });
  apps.push(app);
  return app;
}

async function mentionedPerson(app: TestApp = t, locale = 'fr') {
  const people = await pairWithPeople(app);
  await app.app.services.deps.db.getRepository(User).update({ id: people.beneficiary.user.id }, { locale });
  return people;
}

describe('notification emails: immediate', () => {
  it('a mention is emailed once, in the person’s language, with the exact link and an unsubscribe link', async () => {
    const { pair, thread, compagnon, beneficiary } = await mentionedPerson(t, 'en');
    const sent = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} can you check the times?`);
    const mails = t.app.services.notificationMails;
    const run = await mails.runOnce();
    expect(run.sent).toBeGreaterThanOrEqual(1);
    await mails.runOnce(later(3600));
    const received = smtp.to(beneficiary.user.email);
    expect(received).toHaveLength(1);
    const mail = received[0].decoded;
    expect(mail).toContain(`mentioned you in`);
    expect(mail).toContain('can you check the times?');
    expect(mail).toContain(`http://tandem.test/espaces/${pair.id}/fil?fil=${thread.id}&message=${sent.data!.postMessage.seq}`);
    expect(mail).toMatch(/Content-Type: text\/plain/);
    expect(mail).toMatch(/Content-Type: text\/html/);
    expect(mail).toMatch(/List-Unsubscribe:\s+<http:\/\/tandem\.test\/api\/unsubscribe\/[^>]+>/);
    expect(mail).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(smtp.to(compagnon.user.email)).toHaveLength(0); // nothing about one's own message
  });

  it('French by default, and a mention already read in the app is not emailed', async () => {
    const { thread, compagnon, beneficiary } = await mentionedPerson(t);
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} première question`);
    await t.app.services.notificationMails.runOnce();
    expect(smtp.to(beneficiary.user.email)[0].decoded).toContain('vous a mentionné dans');
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} seconde question`);
    await beneficiary.client.gql('mutation { markAllNotificationsRead }');
    await t.app.services.notificationMails.runOnce();
    expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
  });
  it('an agenda change within 7 days and a TSF status change are emailed at once; a later change waits for the digest', async () => {
    const { pair, compagnon, beneficiary, signIn } = await mentionedPerson(t);
    const host = await signIn(pair.compagnonId);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const add = (d: string, title: string) =>
      beneficiary.client.gql(ADD, {
        input: itemInput(pair.id, { day: d, title, hosts: [{ kind: 'PERSON', name: host.user.displayName }] }),
      });
    await add(day(2), 'Visite du garage solidaire');
    await add(day(30), 'Bilan à distance');
    await compagnon.client.gql('mutation($id: ID!) { completeTsf(pairId: $id) { id } }', { id: pair.id });
    await t.app.services.notificationMails.runOnce(digestTime());
    const mails = smtp.to(host.user.email).map((m) => m.decoded);
    const immediate = mails.filter((m) => !m.includes('Voici ce qui est nouveau'));
    expect(immediate.filter((m) => m.includes('Visite du garage solidaire'))).toHaveLength(1);
    expect(immediate.filter((m) => m.includes('est maintenant terminé'))).toHaveLength(1);
    expect(immediate.filter((m) => m.includes('Bilan à distance'))).toHaveLength(0);
    expect(mails.find((m) => m.includes('Voici ce qui est nouveau'))).toContain('Bilan à distance');
    expect(mails.join('\n')).toContain(`http://tandem.test/espaces/${pair.id}/ordre-du-jour#moment-`);
  });
});

describe('notification emails: exactly once', () => {
  it('two instances on one database send each due email once', async () => {
    const other = await instance();
    const { thread, compagnon, beneficiary, signIn, pair } = await mentionedPerson(t);
    const second = await signIn(pair.beneficiaryId);
    for (let i = 0; i < 6; i++) {
      await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} et @${second.user.displayName} point ${i}`);
    }
    const a = t.app.services.notificationMails;
    const b = other.app.services.notificationMails;
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(later(3600)), b.runOnce(later(3600))]);
    expect(smtp.to(beneficiary.user.email)).toHaveLength(6);
    expect(smtp.to(second.user.email)).toHaveLength(6);
    const ids = [...smtp.to(beneficiary.user.email), ...smtp.to(second.user.email)].map(
      (m) => /Message-ID: (<[^>]+>)/i.exec(m.raw)?.[1],
    );
    expect(new Set(ids).size).toBe(12);
  });

  it('survives a crash mid-send and a restart: the lease expires, the email goes out once', async () => {
    const first = await instance({ MAIL_LEASE_SECONDS: '120' });
    const { thread, compagnon, beneficiary } = await mentionedPerson(first);
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} avant la panne`);
    const db = first.app.services.deps.db;
    const row = await db.getRepository(MailOutbox).findOneByOrFail({ recipientId: beneficiary.user.id });
    // A worker claimed it, then its process died before sending (the lease is still running).
    await db.getRepository(MailOutbox).update({ id: row.id }, { claimedBy: 'crashed-worker', claimedUntil: later(120) });
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    const restarted = await instance({ MAIL_LEASE_SECONDS: '120' });
    const mails = restarted.app.services.notificationMails;
    await mails.runOnce();
    expect(smtp.to(beneficiary.user.email)).toHaveLength(0); // still someone else's
    await mails.runOnce(later(121));
    await mails.runOnce(later(3600));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
    const again = await instance();
    await again.app.services.notificationMails.runOnce(later(7200));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
    expect(await restarted.app.services.deps.db.getRepository(MailOutbox).findOneByOrFail({ id: row.id })).toMatchObject({
      status: 'SENT',
    });
  });
});

describe('notification emails: when the mail server fails', () => {
  it('down: the app keeps working, the email waits with backoff and goes out once the server is back', async () => {
    const port = await freePort();
    const app = await startTestApp({ ...QUIET, SMTP_URL: `smtp://127.0.0.1:${port}` });
    apps.push(app);
    const { thread, compagnon, beneficiary } = await mentionedPerson(app);
    const sent = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} le serveur dort`);
    expect(sent.errors).toBeUndefined();
    const mails = app.app.services.notificationMails;
    const outbox = app.app.services.deps.db.getRepository(MailOutbox);
    // (The pair's other people may have a digest due too, depending on the hour: only this row is followed.)
    expect((await mails.runOnce()).sent).toBe(0);
    const row = await outbox.findOneByOrFail({ recipientId: beneficiary.user.id, kind: 'IMMEDIATE' });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, claimedBy: null });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(row.lastError).toBeTruthy();
    await mails.runOnce(later(30));
    expect((await outbox.findOneByOrFail({ id: row.id })).attempts).toBe(1); // not due yet: not tried
    await mails.runOnce(later(61));
    const twice = await outbox.findOneByOrFail({ id: row.id });
    expect(twice.attempts).toBe(2); // second failure: the next wait doubles
    expect(twice.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 61_000 + 110_000);
    // Still answering while mail is down.
    expect((await post(beneficiary.client, thread.id, 'Je vous lis')).errors).toBeUndefined();

    const back = await startSmtp(port);
    try {
      await mails.runOnce(later(61 + 121));
      expect(back.to(beneficiary.user.email)).toHaveLength(1);
      expect(await outbox.findOneByOrFail({ id: row.id })).toMatchObject({ status: 'SENT', attempts: 2 });
      await mails.runOnce(later(7200));
      expect(back.to(beneficiary.user.email)).toHaveLength(1);
    } finally {
      await back.close();
    }
  });

  it('refusing: retried later, sent once accepted', async () => {
    const { thread, compagnon, beneficiary } = await mentionedPerson(t);
    smtp.state.refuse = true;
    try {
      await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} refusé ?`);
      const mails = t.app.services.notificationMails;
      expect((await mails.runOnce()).failed).toBeGreaterThanOrEqual(1);
      smtp.state.refuse = false;
      await mails.runOnce(later(61));
      await mails.runOnce(later(3600));
      expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
    } finally {
      smtp.state.refuse = false;
    }
  });
});

/**
 * A coming 10:00 UTC (11:00 or 12:00 in Paris) whose daily period (ending that day at 08:00 Paris,
 * 06:00 or 07:00 UTC) ends after now: what is posted now belongs to that day's digest.
 */
function digestTime(): Date {
  const at = new Date();
  at.setUTCHours(10, 0, 0, 0);
  if (at.getTime() - 4 * 3600_000 < Date.now()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

describe('notification emails: digests', () => {
  it('groups what is unread and not mailed, one email per person and period', async () => {
    const { pair, thread, compagnon, beneficiary } = await mentionedPerson(t);
    const two = await pairWithPeople(t);
    // The beneficiary also belongs to the second pair's thread (as a member of that beneficiary PTCE).
    await t.app.services.deps.db.getRepository(User).update({ id: two.beneficiary.user.id }, { locale: 'fr' });
    // Two threads: replies in one thread make one pending line each (see the policy).
    const other = await makeThread(t.app, pair, 'Autre fil');
    await post(beneficiary.client, thread.id, 'Je suis là');
    await post(beneficiary.client, other.id, 'Ici aussi');
    await post(compagnon.client, thread.id, 'Réponse une');
    await post(compagnon.client, other.id, 'Réponse deux');
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} une mention part tout de suite`);
    const mails = t.app.services.notificationMails;
    const at = digestTime();
    await mails.runOnce(at);
    await mails.runOnce(at);
    const received = smtp.to(beneficiary.user.email);
    expect(received).toHaveLength(2); // the mention at once, then one digest
    const digest = received.find((m) => m.decoded.includes('Voici ce qui est nouveau'))!;
    expect(digest.decoded.match(/a répondu dans/g)?.length).toBe(4); // 2 replies × (text + html)
    expect(digest.decoded).not.toContain('vous a mentionné');
    expect(
      await t.app.services.deps.db
        .getRepository(Notification)
        .countBy({ recipientId: beneficiary.user.id, emailedAt: Not(IsNull()) }),
    ).toBe(3);

    // Later the same day: a new reply waits for tomorrow's digest.
    await post(compagnon.client, thread.id, 'Réponse trois');
    await mails.runOnce(new Date(at.getTime() + 3600_000));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(2);
    await mails.runOnce(new Date(at.getTime() + 86_400_000));
    const all = smtp.to(beneficiary.user.email);
    expect(all).toHaveLength(3);
    expect(all[2].decoded.match(/a répondu dans/g)?.length).toBe(2);
  });

  it('hourly digests go out every hour; none when off, none for what was read', async () => {
    const { thread, compagnon, beneficiary, signIn, pair } = await mentionedPerson(t);
    const off = await signIn(pair.beneficiaryId);
    await beneficiary.client.gql('mutation { updateNotificationPreferences(input: { digest: HOURLY }) { digest } }');
    await off.client.gql('mutation { updateNotificationPreferences(input: { digest: OFF }) { digest } }');
    await post(beneficiary.client, thread.id, 'Présent');
    await post(off.client, thread.id, 'Présente aussi');
    await post(compagnon.client, thread.id, 'Une');
    const mails = t.app.services.notificationMails;
    const at = digestTime();
    await mails.runOnce(at);
    expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
    await post(compagnon.client, thread.id, 'Deux');
    await mails.runOnce(new Date(at.getTime() + 3600_000));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(2);
    await post(compagnon.client, thread.id, 'Trois');
    await beneficiary.client.gql('mutation { markAllNotificationsRead }');
    await mails.runOnce(new Date(at.getTime() + 2 * 3600_000));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(2);
    expect(smtp.to(off.user.email)).toHaveLength(0);
  });
});

describe('notification emails: reading, periods, changed messages', () => {
  const MARK = `mutation($t: ID!, $s: Int!) { markRead(threadId: $t, seq: $s) { id } }`;

  it('a mention read in the thread itself is not emailed', async () => {
    const { thread, compagnon, beneficiary } = await mentionedPerson(t);
    const sent = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} tu es là ?`);
    expect((await beneficiary.client.gql(MARK, { t: thread.id, s: sent.data!.postMessage.seq })).errors).toBeUndefined();
    await t.app.services.notificationMails.runOnce();
    await t.app.services.notificationMails.runOnce(later(2 * 86_400));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(0);
  });

  it('a daily digest covers 08:00 → 08:00 in Paris and goes out once that day has ended', async () => {
    const { pair, thread, compagnon, beneficiary } = await mentionedPerson(t);
    const other = await makeThread(t.app, pair, 'Autre fil');
    await post(beneficiary.client, thread.id, 'Bonjour');
    await post(beneficiary.client, other.id, 'Bonjour ici aussi');
    await post(compagnon.client, thread.id, 'Première réponse');
    await post(compagnon.client, other.id, 'Deuxième réponse');
    const db = t.app.services.deps.db;
    const mine = await db.getRepository(Notification).findBy({ recipientId: beneficiary.user.id });
    expect(mine).toHaveLength(2);
    // Both replies came on a winter day at 14:00 and 20:00 in Paris (13:00 and 19:00 UTC).
    const day = '2027-01-06';
    const at = (iso: string) => new Date(`${iso}Z`);
    const [first, second] = mine.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await db.getRepository(Notification).update({ id: first.id }, { createdAt: at(`${day}T13:00:00`) });
    await db.getRepository(Notification).update({ id: second.id }, { createdAt: at(`${day}T19:00:00`) });
    const mails = t.app.services.notificationMails;
    const next = '2027-01-07';
    // The day goes on: nothing is sent on the first pass that finds something, nor later that day.
    await mails.runOnce(at(`${day}T13:00:10`));
    await mails.runOnce(at(`${day}T19:00:10`));
    await mails.runOnce(at(`${next}T05:59:00`)); // 06:59 in Paris: the day is not over
    expect(smtp.to(beneficiary.user.email)).toHaveLength(0);
    // 08:00 in Paris (07:00 UTC in winter): one digest with both replies, then nothing more.
    await mails.runOnce(at(`${next}T07:00:05`));
    await mails.runOnce(at(`${next}T09:00:00`));
    const received = smtp.to(beneficiary.user.email);
    expect(received).toHaveLength(1);
    expect(received[0].decoded.match(/a répondu dans/g)).toHaveLength(4); // 2 replies × (text + html)
    expect(received[0].decoded).toContain(`fil=${thread.id}&message=2`);
    expect(received[0].decoded).toContain(`fil=${other.id}&message=2`);
  });

  it('one digest when a late one and the next period’s are due together; none, once, for a space no longer seen', async () => {
    const { pair, thread, compagnon, beneficiary } = await mentionedPerson(t);
    await beneficiary.client.gql('mutation { updateNotificationPreferences(input: { digest: HOURLY }) { digest } }');
    const other = await makeThread(t.app, pair, 'Autre fil');
    await post(beneficiary.client, thread.id, 'Présent');
    await post(beneficiary.client, other.id, 'Présent ici aussi');
    await post(compagnon.client, thread.id, 'Une');
    const mails = t.app.services.notificationMails;
    const outbox = t.app.services.deps.db.getRepository(MailOutbox);
    const at = digestTime();
    // The first hour's digest is queued, then held back (as after an SMTP failure) until just before
    // the next hour's digest: both are due, the late one first. Two instances could each take one and
    // send the same replies twice; only the newest is sent, the late one is skipped.
    await mails.queueDigests(at);
    const late = await outbox.findOneByOrFail({ recipientId: beneficiary.user.id, kind: 'DIGEST' });
    await outbox.update({ id: late.id }, { nextAttemptAt: new Date(at.getTime() + 3600_000 - 60_000), attempts: 1 });
    await new Promise((r) => setTimeout(r, 1100)); // the next row is created strictly later (MariaDB: seconds)
    await post(compagnon.client, other.id, 'Deux');
    await mails.runOnce(new Date(at.getTime() + 3600_000));
    const received = smtp.to(beneficiary.user.email);
    expect(received).toHaveLength(1);
    expect(received[0].decoded.match(/a répondu dans/g)).toHaveLength(4); // both replies, once
    const rows = await outbox.findBy({ recipientId: beneficiary.user.id, kind: 'DIGEST' });
    expect(rows.find((r) => r.id === late.id)?.status).toBe('SKIPPED');
    expect(rows.find((r) => r.id !== late.id)?.status).toBe('SENT');

    // Gone from the PTCE: the notification left is dealt with once, not queued again every hour.
    const gone = await mentionedPerson(t);
    await gone.beneficiary.client.gql('mutation { updateNotificationPreferences(input: { digest: HOURLY }) { digest } }');
    await post(gone.beneficiary.client, gone.thread.id, 'Présent');
    await post(gone.compagnon.client, gone.thread.id, 'Une');
    await t.app.services.deps.db.getRepository(User).update({ id: gone.beneficiary.user.id }, { ptceId: null });
    for (let hour = 1; hour <= 3; hour++) await mails.runOnce(new Date(at.getTime() + hour * 3600_000));
    expect(await outbox.countBy({ recipientId: gone.beneficiary.user.id, kind: 'DIGEST' })).toBe(1);
    expect(smtp.to(gone.beneficiary.user.email)).toHaveLength(0);
  });

  it('a deleted message is not emailed, an edited one goes out with its new words', async () => {
    const { thread, compagnon, beneficiary } = await mentionedPerson(t);
    const gone = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} mon code secret 1234`);
    const edited = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} ancien texte 5678`);
    await compagnon.client.gql(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: gone.data!.postMessage.id });
    await compagnon.client.gql(`mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, {
      id: edited.data!.postMessage.id,
      b: `@${beneficiary.user.displayName} nouveau texte`,
    });
    const mails = t.app.services.notificationMails;
    await mails.runOnce();
    await mails.runOnce(later(2 * 86_400)); // and no digest brings them back
    const received = smtp.to(beneficiary.user.email).map((m) => m.decoded);
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('nouveau texte');
    expect(received.join('\n')).not.toMatch(/secret|1234|ancien|5678/);
    const rows = await t.app.services.deps.db.getRepository(MailOutbox).findBy({ recipientId: beneficiary.user.id });
    expect(rows.map((r) => r.status).sort()).toEqual(['SENT', 'SKIPPED']);
  });

  it('a failed first read of the unsubscribe key is tried again, not kept', async () => {
    const app = await instance();
    const mails = app.app.services.notificationMails;
    const repo = app.app.services.deps.db.getRepository(AppSecret);
    const original = repo.findOneByOrFail.bind(repo);
    let failures = 1;
    repo.findOneByOrFail = ((...args: Parameters<typeof original>) => {
      if (failures-- > 0) return Promise.reject(new Error('database away'));
      return original(...args);
    }) as typeof original;
    try {
      await expect(mails.secretKey()).rejects.toThrow('database away');
      expect(await mails.secretKey()).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      repo.findOneByOrFail = original;
    }
  });
});

describe('notification emails: a slow mail server and two instances', () => {
  it('each email goes out exactly once even when sending takes longer than the lease', async () => {
    // Every email takes 0.6 s to be accepted; the lease is 10 s (so each SMTP wait is bounded to 1 s):
    // 24 emails take ~15 s, well past one lease.
    const received: string[] = [];
    const slow = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          setTimeout(() => {
            received.push(/Message-ID: (<[^>]+>)/i.exec(raw)?.[1] ?? '?');
            callback();
          }, 600);
        });
      },
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
    const env = { SMTP_URL: `smtp://127.0.0.1:${(slow.server.address() as AddressInfo).port}`, MAIL_LEASE_SECONDS: '10' };
    try {
      const a = await instance(env);
      const b = await instance(env);
      const { thread, compagnon, beneficiary, signIn, pair } = await mentionedPerson(a);
      const others = [await signIn(pair.beneficiaryId), await signIn(pair.beneficiaryId)];
      const names = [beneficiary, ...others].map((p) => `@${p.user.displayName}`).join(' et ');
      for (let i = 0; i < 8; i++) await post(compagnon.client, thread.id, `${names} point ${i}`);
      const outbox = a.app.services.deps.db.getRepository(MailOutbox);
      const people = [beneficiary, ...others].map((p) => p.user.id);
      const ids = (await outbox.find({ where: { kind: 'IMMEDIATE', recipientId: In(people) } })).map(
        (r) => `<${r.id}@tandem.mail>`,
      );
      expect(ids).toHaveLength(24);
      const passA = a.app.services.notificationMails.runOnce();
      await new Promise((r) => setTimeout(r, 10_500)); // A is still sending when its first lease would have ended
      const passB = b.app.services.notificationMails.runOnce();
      await Promise.all([passA, passB]);
      await Promise.all([a.app.services.notificationMails.runOnce(), b.app.services.notificationMails.runOnce()]);
      const mine = received.filter((id) => ids.includes(id));
      expect(mine).toHaveLength(ids.length);
      expect(new Set(mine).size).toBe(ids.length);
    } finally {
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  }, 60_000);
});

describe('unsubscribe links', () => {
  const page = async (url: string, method = 'GET') => {
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined,
    });
    return { status: res.status, text: await res.text() };
  };

  it('works without logging in, once and again; a forged or expired link is refused clearly', async () => {
    const user = await makeUser(t.app);
    const mails = t.app.services.notificationMails;
    const url = await mails.unsubscribeUrl(user.id);
    const local = url.replace('http://tandem.test', t.url);

    const ask = await page(local);
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('<form method="post"');
    const done = await page(local, 'POST');
    expect(done).toMatchObject({ status: 200 });
    expect(done.text).toContain('C’est fait');
    const client = new TestClient(t);
    await client.logIn(user.email, PASSWORD);
    expect(
      (await client.gql('{ notificationPreferences { digest emailMentions emailPairStatus emailAgendaSoon } }')).data,
    ).toEqual({
      notificationPreferences: { digest: 'OFF', emailMentions: false, emailPairStatus: false, emailAgendaSoon: false },
    });
    const again = await page(local, 'POST');
    expect(again).toMatchObject({ status: 200 });
    expect(again.text).toContain('Déjà fait');

    const token = url.slice(url.lastIndexOf('/') + 1);
    const [id, expires, mac] = token.split('.');
    const forgedUser = await makeUser(t.app);
    for (const forged of [
      `${forgedUser.id}.${expires}.${mac}`,
      `${id}.${Number(expires) + 1}.${mac}`,
      'nonsense',
      `${id}.${expires}.`,
    ]) {
      const res = await page(`${t.url}/api/unsubscribe/${encodeURIComponent(forged)}`, 'POST');
      expect(res.status).toBe(400);
      expect(res.text).toContain('Lien invalide');
    }
    const secret = await mails.secretKey();
    const expired = unsubscribeToken(secret, forgedUser.id, new Date(Date.now() - 91 * 86_400_000));
    const res = await page(`${t.url}/api/unsubscribe/${expired}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Lien expiré');
  });
});

describe('notification emails: one SQLite connection for the whole process', () => {
  it("notifications and the outbox's marks are not caught in another request's transaction (nor its rollback)", async () => {
    const { thread, compagnon, beneficiary } = await mentionedPerson(t);
    const db = t.app.services.deps.db;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // Another request's transaction, open across an await, which then fails and rolls back.
    const failing = db
      .transaction(async (manager) => {
        await manager.getRepository(User).findOneBy({ id: compagnon.user.id });
        await held;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await new Promise((r) => setTimeout(r, 30));
    const sent = post(compagnon.client, thread.id, `@${beneficiary.user.displayName} pendant une autre transaction`);
    const worker = t.app.services.notificationMails.runOnce(later(1));
    await new Promise((r) => setTimeout(r, 100));
    release();
    expect(await failing).toBe('rolled back');
    expect((await sent).errors).toBeUndefined();
    await worker;
    await t.app.services.notificationMails.runOnce(later(2));
    expect(await db.getRepository(Notification).countBy({ recipientId: beneficiary.user.id, kind: 'MENTION' })).toBe(1);
    await t.app.services.notificationMails.runOnce(later(3600));
    expect(smtp.to(beneficiary.user.email)).toHaveLength(1);
    expect(
      await db.getRepository(MailOutbox).findOneByOrFail({ recipientId: beneficiary.user.id, kind: 'IMMEDIATE' }),
    ).toMatchObject({
      status: 'SENT',
    });
  });
});
