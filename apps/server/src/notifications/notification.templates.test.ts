import { describe as group, expect, it } from 'vitest';
import type { Notification } from './notification.entity.js';
import { digestMail, immediateMail, inert, whenOf } from './notification.templates.js';

const notification = (over: Partial<Notification>): Notification =>
  ({
    id: 'n1',
    kind: 'MENTION',
    pairId: 'p1',
    actorName: 'Camille',
    threadId: 't1',
    messageId: 'm1',
    seq: 3,
    title: 'Préparer la visite',
    excerpt: 'bonjour',
    ...over,
  }) as Notification;

group('notification emails: what people typed', () => {
  it('names and titles link nowhere in the subject and the plain text, and still read the same', () => {
    expect(inert('Support https://evil.example')).toBe('Support https:∕∕evil․example');
    expect(inert('admin@evil.com\nBcc: x')).toBe('admin@evil․com Bcc: x');
    expect(inert('M. Dupont')).toBe('M. Dupont'); // a dot before a space stays a dot
    const mail = immediateMail({
      locale: 'fr',
      notification: notification({ actorName: 'Support https://evil.example', title: 'Voir www.evil.example' }),
      publicUrl: 'http://tandem.test',
      unsubscribeUrl: 'http://tandem.test/api/unsubscribe/x',
    });
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/https:\/\/evil|evil\.example/);
      expect(part).toContain('Support https:∕∕evil․example vous a mentionné dans « Voir www․evil․example »');
    }
    const digest = digestMail({
      locale: 'en',
      items: [{ notification: notification({}), pairName: 'evil.example · Bénéficiaire' }],
      publicUrl: 'http://tandem.test',
      unsubscribeUrl: 'http://tandem.test/api/unsubscribe/x',
    });
    expect(digest.text).toContain('evil․example · Bénéficiaire');
    expect(digest.text).not.toContain('evil.example');
  });

  it('agenda moments are written in words, in the person’s language', () => {
    expect(whenOf('2026-12-03 09:30', 'fr')).toBe('jeudi 3 décembre 2026 à 09:30');
    expect(whenOf('2026-12-03 09:30', 'en')).toMatch(/^Thursday,? 3 December 2026 at 09:30$/);
    expect(whenOf('not a date', 'fr')).toBe('not a date');
    const mail = immediateMail({
      locale: 'fr',
      notification: notification({ kind: 'AGENDA_CHANGED', excerpt: 'ADDED|2026-12-03 09:30', title: 'Visite' }),
      publicUrl: 'http://tandem.test',
      unsubscribeUrl: 'http://tandem.test/api/unsubscribe/x',
    });
    expect(mail.subject).toBe('Tandem · Camille a ajouté « Visite » (jeudi 3 décembre 2026 à 09:30)');
    expect(mail.text).not.toContain('2026-12-03');
  });
});
