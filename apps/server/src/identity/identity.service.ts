import { LRUCache } from 'lru-cache';
import { LIMITS, displayNameSchema, emailSchema, passwordSchema, type Role } from '@tandem/shared';
import { badInput, forbidden, notFound, unauthenticated } from '../core/errors.js';
import { hydrate, quoteTable, rawRows, selectColumns } from '../core/raw-rows.js';
import { hashToken, newToken } from '../core/security.js';
import type { Deps } from '../core/services.js';
import { Ptce } from '../directory/ptce.entity.js';
import { invitationMail } from '../mail/templates.js';
import { canGrantRole, canInviteTo } from './identity.policy.js';
import { Invitation } from './invitation.entity.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SignedIn {
  user: User;
  session: Session;
  token: string;
}

export class IdentityService {
  private sessionSql: string | undefined;
  /**
   * Session rows (joined with their person) by token hash, kept `sessionCacheMs` (config): the lookup
   * behind every request was half of a post's round trips to MariaDB. Rows, not entities: each request
   * hydrates its own objects, as a read would give. Forgotten at once on logout, expiry and the app's
   * own account changes, on every instance through pub/sub (`forgetSession`, `forgetUser`); the time
   * bound covers a change made behind the app's back, or an announcement lost while Redis was down.
   */
  private readonly sessions: LRUCache<string, Record<string, unknown>> | null;
  /** Moves at each forget: a row read before a forget that lands during the read is not kept. */
  private forgets = 0;
  /** Sessions ended lately (here or elsewhere): a socket authenticated by a read racing the end is closed. */
  private readonly ended = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

  constructor(private readonly deps: Deps) {
    const ttl = deps.config.sessionCacheMs;
    this.sessions = ttl > 0 ? new LRUCache({ max: 10_000, ttl }) : null;
    // Announcements published while the subscriber was away are lost: forget everything kept.
    deps.onPubSubResubscribed?.(() => {
      this.forgets++;
      this.sessions?.clear();
    });
  }

  /** Whether kept rows may be used: not while pub/sub is down (a logout elsewhere would go unheard). */
  private get keeping(): boolean {
    return this.sessions !== null && (this.deps.pubSubConnected?.() ?? true);
  }

  /** Whether `sessionId` ended in the last minute (see graphql-ws onConnect). */
  sessionEnded(sessionId: string): boolean {
    return this.ended.has(sessionId);
  }

  /** The session and person behind a cookie token, or null (unknown, tampered or expired). */
  async authenticate(token: string): Promise<{ user: User; session: Session } | null> {
    if (token.length > 100) return null;
    const { db } = this.deps;
    const tokenHash = hashToken(token);
    let row = this.keeping ? this.sessions!.get(tokenHash) : undefined;
    if (!row) {
      const forgets = this.forgets;
      // Every request asks this: one prepared join, hydrated as TypeORM would (see core/raw-rows.ts).
      this.sessionSql ??=
        `SELECT ${selectColumns(db, Session, 's')}, ${selectColumns(db, User, 'u')} ` +
        `FROM ${quoteTable(db, Session)} s INNER JOIN ${quoteTable(db, User)} u ON u.${db.driver.escape('id')} = s.${db.driver.escape('userId')} ` +
        `WHERE s.${db.driver.escape('tokenHash')} = ?`;
      [row] = await rawRows(db, this.sessionSql, [tokenHash]);
      if (!row) return null;
      if (forgets === this.forgets && this.keeping) this.sessions!.set(tokenHash, row);
    }
    const session = ownDates(hydrate(db, Session, 's', row));
    session.user = ownDates(hydrate(db, User, 'u', row));
    if (session.expiresAt.getTime() <= Date.now()) {
      this.sessions?.delete(tokenHash);
      await this.deps.db.getRepository(Session).delete({ id: session.id });
      return null;
    }
    return { user: session.user, session };
  }

  /** Forgets a session kept by `authenticate` (it ended: logged out, here or on another instance). */
  forgetSession(sessionId: string): void {
    this.ended.set(sessionId, true);
    this.forgetWhere((row) => row['s__id'] === sessionId);
  }

  /** Forgets the sessions of a person whose account changed (here or on another instance). */
  forgetUser(userId: string): void {
    this.forgetWhere((row) => row['u__id'] === userId);
  }

  /**
   * A person's account changed: every instance forgets their sessions now. What changes an account in
   * the database (the app, or an operator's script through `services.identity`) calls this.
   */
  async userChanged(userId: string): Promise<void> {
    this.forgetUser(userId);
    await this.deps.pubSub.publish('USER_CHANGED', { userId });
  }

  private forgetWhere(matches: (row: Record<string, unknown>) => boolean): void {
    if (!this.sessions) return;
    this.forgets++;
    for (const [tokenHash, row] of this.sessions.entries()) if (matches(row)) this.sessions.delete(tokenHash);
  }

  async logIn(rawEmail: string, password: string, ip: string): Promise<SignedIn> {
    const { rateLimits } = this.deps;
    const email = emailSchema.safeParse(rawEmail);
    const accountKey = email.success ? email.data : rawEmail.trim().toLowerCase();
    await rateLimits.check('loginPerIp', ip);
    await rateLimits.check('loginPerAccount', accountKey);

    const user = email.success ? await this.deps.db.getRepository(User).findOneBy({ email: email.data }) : null;
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!user || !ok) {
      await rateLimits.consume('loginPerIp', ip);
      await rateLimits.consume('loginPerAccount', accountKey);
      throw badInput('Email or password is incorrect', { reason: 'INVALID_CREDENTIALS' });
    }
    await rateLimits.reset('loginPerAccount', accountKey);
    return this.openSession(user);
  }

  async logOut(session: Session | null): Promise<void> {
    if (!session) return;
    await this.deps.db.getRepository(Session).delete({ id: session.id });
    this.forgetSession(session.id);
    await this.deps.pubSub.publish('SESSION_ENDED', { sessionId: session.id });
  }

  async setLocale(user: User | null, locale: string): Promise<User> {
    if (!user) throw unauthenticated();
    if (locale !== 'fr' && locale !== 'en') throw badInput('Locale must be fr or en');
    await this.deps.db.getRepository(User).update({ id: user.id }, { locale });
    await this.userChanged(user.id);
    user.locale = locale;
    return user;
  }

  async invite(actor: User | null, input: { email: string; role: Role; ptceId?: string | null }): Promise<Invitation> {
    if (!actor) throw unauthenticated();
    const ptceId = input.ptceId ?? actor.ptceId;
    if (!ptceId) throw badInput('Choose the PTCE the person joins');
    if (!canInviteTo(actor, ptceId) || !canGrantRole(actor, input.role) || input.role === 'OPERATOR') {
      throw forbidden('Only a coordinator of this PTCE can invite people to it');
    }
    const email = emailSchema.safeParse(input.email);
    if (!email.success) throw badInput('This email address is not valid', { reason: 'INVALID_EMAIL' });
    await this.deps.rateLimits.consume('invitePerUser', actor.id);

    const { db, config, mailer } = this.deps;
    const ptce = await db.getRepository(Ptce).findOneBy({ id: ptceId });
    if (!ptce) throw notFound('PTCE not found');
    if (await db.getRepository(User).existsBy({ email: email.data })) {
      throw badInput('A person with this email already has an account', { reason: 'EMAIL_TAKEN' });
    }
    const token = newToken();
    const invitation = db.getRepository(Invitation).create({
      tokenHash: hashToken(token),
      email: email.data,
      role: input.role,
      ptceId,
      invitedById: actor.id,
      expiresAt: new Date(Date.now() + LIMITS.invitationTtlDays * DAY_MS),
      acceptedAt: null,
    });
    await db.getRepository(Invitation).save(invitation);
    const link = `${config.publicUrl}/invitation/${token}`;
    await mailer.send({
      to: email.data,
      ...invitationMail({
        locale: actor.locale,
        ptceName: ptce.name,
        inviterName: actor.displayName,
        link,
        expiresAt: invitation.expiresAt,
      }),
    });
    return invitation;
  }

  /** What the invitation page shows before the person chooses a password. */
  async previewInvitation(token: string): Promise<Invitation> {
    const invitation = await this.deps.db.getRepository(Invitation).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { ptce: true, invitedBy: true },
    });
    return assertUsable(invitation);
  }

  async acceptInvitation(input: { token: string; displayName: string; password: string }): Promise<SignedIn> {
    const displayName = displayNameSchema.safeParse(input.displayName);
    if (!displayName.success) throw badInput('Enter your name (80 characters at most)', { reason: 'INVALID_NAME' });
    if (!passwordSchema.safeParse(input.password).success) {
      throw badInput(`The password needs at least ${LIMITS.passwordMinLength} characters`, { reason: 'WEAK_PASSWORD' });
    }
    const tokenHash = hashToken(input.token);
    const passwordHash = await hashPassword(input.password);
    // One transaction: the invitation is spent and the account created together, or neither.
    const user = await this.deps.db.transaction(async (tx) => {
      const invitation = assertUsable(await tx.getRepository(Invitation).findOneBy({ tokenHash }));
      const spent = await tx
        .createQueryBuilder()
        .update(Invitation)
        .set({ acceptedAt: new Date() })
        .where('id = :id AND acceptedAt IS NULL', { id: invitation.id })
        .execute();
      if (spent.affected !== 1) throw badInput('This invitation has already been used', { reason: 'INVITATION_USED' });
      if (await tx.getRepository(User).existsBy({ email: invitation.email })) {
        throw badInput('A person with this email already has an account', { reason: 'EMAIL_TAKEN' });
      }
      const created = tx.getRepository(User).create({
        email: invitation.email,
        displayName: displayName.data,
        passwordHash,
        role: invitation.role,
        ptceId: invitation.ptceId,
        locale: 'fr',
      });
      return tx.getRepository(User).save(created);
    });
    return this.openSession(user);
  }

  async findPtceOf(user: User): Promise<Ptce | null> {
    if (!user.ptceId) return null;
    return this.deps.db.getRepository(Ptce).findOneBy({ id: user.ptceId });
  }

  private async openSession(user: User): Promise<SignedIn> {
    const token = newToken();
    const session = this.deps.db.getRepository(Session).create({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + LIMITS.sessionTtlDays * DAY_MS),
    });
    await this.deps.db.getRepository(Session).save(session);
    session.user = user;
    return { user, session, token };
  }
}

/** A kept row's Date objects (mysql2 gives Dates) are copied: no request shares a mutable object with another. */
function ownDates<T extends object>(entity: T): T {
  for (const [key, value] of Object.entries(entity))
    if (value instanceof Date) (entity as Record<string, unknown>)[key] = new Date(value.getTime());
  return entity;
}

function assertUsable(invitation: Invitation | null): Invitation {
  if (!invitation) throw notFound('This invitation does not exist');
  if (invitation.acceptedAt) throw badInput('This invitation has already been used', { reason: 'INVITATION_USED' });
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw badInput('This invitation has expired; ask for a new one', { reason: 'INVITATION_EXPIRED' });
  }
  return invitation;
}
