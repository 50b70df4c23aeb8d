import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invitation } from '../src/identity/invitation.entity.js';
import { User } from '../src/identity/user.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, TestClient } from './support/client.js';
import { makePtce, makeUser, PASSWORD } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role expiresAt } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email role invitedByName ptce { name } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email role ptce { slug } } }`;

/** Reads the invitation link of the newest mail to `email` in the outbox folder. */
function linkFromOutbox(email: string): string {
  const outbox = path.join(t.dataDir, 'outbox');
  const files = readdirSync(outbox)
    .filter((f) => f.includes(email.toLowerCase().replace(/[^a-z0-9@._-]/gi, '_')))
    .sort();
  const mail = readFileSync(path.join(outbox, files.at(-1)!), 'utf8').replace(/=\r?\n/g, '');
  const match = mail.match(/http:\/\/tandem\.test\/invitation\/([\w-]+)/);
  if (!match) throw new Error(`no link in ${files.at(-1)}`);
  return match[1];
}

async function coordinatorInvites(email: string) {
  const ptce = await makePtce(t.app, { name: 'Pôle Émeraude' });
  const coordinator = await makeUser(t.app, { role: 'COORDINATOR', ptce });
  const browser = new TestClient(t);
  await browser.logIn(coordinator.email, PASSWORD);
  const res = await browser.gql(INVITE, { input: { email, role: 'MEMBER' } });
  expect(res.errors).toBeUndefined();
  return { ptce, coordinator, token: linkFromOutbox(email) };
}

describe('joining a PTCE by invitation', () => {
  it('a coordinator invites a person, who opens the mailed link, chooses a password and is signed in', async () => {
    const { ptce, coordinator, token } = await coordinatorInvites('Nouvelle.Personne@Example.org');
    const newcomer = new TestClient(t);
    const preview = await newcomer.gql<{ invitation: { email: string; invitedByName: string; ptce: { name: string } } }>(
      PREVIEW,
      { token },
    );
    expect(preview.data?.invitation).toMatchObject({
      email: 'nouvelle.personne@example.org',
      invitedByName: coordinator.displayName,
      ptce: { name: 'Pôle Émeraude' },
    });

    const accepted = await newcomer.gql(ACCEPT, {
      input: { token, displayName: 'Nouvelle Personne', password: 'un mot de passe long' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({
      acceptInvitation: { email: 'nouvelle.personne@example.org', role: 'MEMBER', ptce: { slug: ptce.slug } },
    });
    expect((await newcomer.gql<{ me: { email: string } }>('{ me { email } }')).data?.me.email).toBe(
      'nouvelle.personne@example.org',
    );

    // The link is single use.
    const replay = await new TestClient(t).gql(ACCEPT, {
      input: { token, displayName: 'Intrus', password: 'another long password' },
    });
    expect(errorCode(replay)).toBe('BAD_USER_INPUT');
    expect(replay.errors?.[0].extensions?.reason).toBe('INVITATION_USED');
    // And the person can sign in later with the chosen password.
    expect((await new TestClient(t).logIn('nouvelle.personne@example.org', 'un mot de passe long')).errors).toBeUndefined();
  });

  it('an expired invitation is refused and creates nothing', async () => {
    const { token } = await coordinatorInvites('late@example.org');
    await t.app.services.deps.db
      .getRepository(Invitation)
      .update({ email: 'late@example.org' }, { expiresAt: new Date(Date.now() - 1000) });
    const browser = new TestClient(t);
    expect((await browser.gql(PREVIEW, { token })).errors?.[0].extensions?.reason).toBe('INVITATION_EXPIRED');
    const res = await browser.gql(ACCEPT, { input: { token, displayName: 'Late', password: 'un mot de passe long' } });
    expect(res.errors?.[0].extensions?.reason).toBe('INVITATION_EXPIRED');
    expect(await t.app.services.deps.db.getRepository(User).existsBy({ email: 'late@example.org' })).toBe(false);
  });

  it('a too short password is refused and the invitation stays usable', async () => {
    const { token } = await coordinatorInvites('short@example.org');
    const browser = new TestClient(t);
    const res = await browser.gql(ACCEPT, { input: { token, displayName: 'Short', password: 'court' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect((await browser.gql(PREVIEW, { token })).errors).toBeUndefined();
  });

  it('an unknown token is NOT_FOUND', async () => {
    expect(errorCode(await new TestClient(t).gql(PREVIEW, { token: 'made-up-token' }))).toBe('NOT_FOUND');
  });

  it('a member cannot invite; nobody signed out can; an existing account cannot be invited again', async () => {
    const member = await makeUser(t.app, { role: 'MEMBER' });
    const browser = new TestClient(t);
    expect(errorCode(await browser.gql(INVITE, { input: { email: 'x@example.org', role: 'MEMBER' } }))).toBe('UNAUTHENTICATED');
    await browser.logIn(member.email, PASSWORD);
    expect(errorCode(await browser.gql(INVITE, { input: { email: 'x@example.org', role: 'MEMBER' } }))).toBe('FORBIDDEN');

    const coordinator = await makeUser(t.app);
    const boss = new TestClient(t);
    await boss.logIn(coordinator.email, PASSWORD);
    const taken = await boss.gql(INVITE, { input: { email: member.email.toUpperCase(), role: 'MEMBER' } });
    expect(taken.errors?.[0].extensions?.reason).toBe('EMAIL_TAKEN');
    const operator = await boss.gql(INVITE, { input: { email: 'op@example.org', role: 'OPERATOR' } });
    expect(errorCode(operator)).toBe('FORBIDDEN');
    const bad = await boss.gql(INVITE, { input: { email: 'not an email', role: 'MEMBER' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
