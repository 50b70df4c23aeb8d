import { notificationPath, type Locale } from '@tandem/shared';
import { escapeHtml } from '../core/escape-html.js';
import type { Notification } from './notification.entity.js';

// Notification emails, French first. Server-side words, beside their mailer (like mail/templates.ts).

const lang = (locale: string): Locale => (locale === 'en' ? 'en' : 'fr');

const STATUS: Record<Locale, Record<string, string>> = {
  fr: { REQUESTED: 'demandé', ACTIVE: 'en cours', COMPLETED: 'terminé', DECLINED: 'décliné', WITHDRAWN: 'retiré' },
  en: { REQUESTED: 'requested', ACTIVE: 'active', COMPLETED: 'completed', DECLINED: 'declined', WITHDRAWN: 'withdrawn' },
};
const AGENDA: Record<Locale, Record<string, string>> = {
  fr: { ADDED: 'a ajouté', UPDATED: 'a modifié', DELETED: 'a annulé' },
  en: { ADDED: 'added', UPDATED: 'changed', DELETED: 'cancelled' },
};

/**
 * A name or title typed by someone, made inert for the subject and plain text: mail clients turn
 * anything that looks like an address into a link ("Support https://evil.example"). A dot between
 * letters becomes a one-dot leader (․) and "://" loses its slashes, so it reads the same and links nowhere.
 */
export const inert = (s: string) =>
  s
    .replace(/([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1\u2024')
    .replace(/:\/\//g, ':\u2215\u2215')
    .replace(/[\r\n]+/g, ' ');

// One formatter per language (an Intl.DateTimeFormat holds native memory; a digest formats many days).
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function dayFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dayFormats.set(locale, format);
  }
  return format;
}

/** An agenda item's "YYYY-MM-DD HH:MM" in words: « jeudi 3 décembre 2026 à 09:30 » / "Thursday, 3 December 2026 at 09:30". */
export function whenOf(when: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}:\d{2}))?/.exec(when);
  if (!match) return when;
  const [, y, m, d, time] = match;
  const day = dayFormat(locale).format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
  return time ? `${day} ${locale === 'en' ? 'at' : 'à'} ${time}` : day;
}

/** The web address of the exact place a notification is about. */
export const linkOf = (publicUrl: string, n: Notification): string => `${publicUrl}${notificationPath(n)}`;

/** One line saying what happened, in the person's language. */
export function describe(n: Notification, locale: string): string {
  const l = lang(locale);
  const who = n.actorName ? inert(n.actorName) : l === 'en' ? 'Someone' : "Quelqu'un";
  const title = inert(n.title);
  switch (n.kind) {
    case 'MENTION':
      return l === 'en' ? `${who} mentioned you in “${title}”` : `${who} vous a mentionné dans « ${title} »`;
    case 'THREAD_REPLY':
      return l === 'en' ? `${who} replied in “${title}”` : `${who} a répondu dans « ${title} »`;
    case 'AGENDA_CHANGED': {
      const [change = 'UPDATED', raw = ''] = n.excerpt.split('|');
      const when = whenOf(raw, l);
      return l === 'en'
        ? `${who} ${AGENDA.en[change] ?? 'changed'} “${title}” (${when})`
        : `${who} ${AGENDA.fr[change] ?? 'a modifié'} « ${title} » (${when})`;
    }
    case 'DOCUMENT_ADDED':
      return l === 'en' ? `${who} shared “${title}”` : `${who} a partagé « ${title} »`;
    case 'PAIR_STATUS':
      return l === 'en'
        ? `The TSF ${title} is now ${STATUS.en[n.excerpt] ?? n.excerpt}`
        : `Le TSF ${title} est maintenant ${STATUS.fr[n.excerpt] ?? n.excerpt}`;
    case 'FOLLOW_UP_DUE':
      return l === 'en'
        ? `Time for the ${title}-month check-in: where are you now?`
        : `C'est le moment du point à ${title} mois : où en êtes-vous ?`;
  }
}

const quoteOf = (n: Notification) => (n.kind === 'MENTION' || n.kind === 'THREAD_REPLY' ? n.excerpt : '');

interface Rendered {
  subject: string;
  text: string;
  html: string;
}

function footer(locale: Locale, unsubscribe: string, preferences: string) {
  return locale === 'en'
    ? {
        text: `\n\n—\nChoose what Tandem emails you: ${preferences}\nStop all these emails (one click): ${unsubscribe}`,
        html: `<hr><p style="color:#555;font-size:13px"><a href="${escapeHtml(preferences)}">Choose what Tandem emails you</a> · <a href="${escapeHtml(unsubscribe)}">Stop all these emails</a></p>`,
      }
    : {
        text: `\n\n—\nChoisir ce que Tandem vous envoie : ${preferences}\nNe plus recevoir ces messages (un clic) : ${unsubscribe}`,
        html: `<hr><p style="color:#555;font-size:13px"><a href="${escapeHtml(preferences)}">Choisir ce que Tandem vous envoie</a> · <a href="${escapeHtml(unsubscribe)}">Ne plus recevoir ces messages</a></p>`,
      };
}

export function immediateMail(input: {
  locale: string;
  notification: Notification;
  publicUrl: string;
  unsubscribeUrl: string;
}): Rendered {
  const l = lang(input.locale);
  const n = input.notification;
  const line = describe(n, l);
  const link = linkOf(input.publicUrl, n);
  const quote = quoteOf(n);
  const foot = footer(l, input.unsubscribeUrl, `${input.publicUrl}/notifications/preferences`);
  const open = l === 'en' ? 'Open in Tandem' : 'Ouvrir dans Tandem';
  return {
    subject: `Tandem · ${line}`,
    text: `${l === 'en' ? 'Hello' : 'Bonjour'},\n\n${line}.${quote ? `\n\n> ${quote}` : ''}\n\n${open} : ${link}${foot.text}`,
    html: `<p>${l === 'en' ? 'Hello' : 'Bonjour'},</p><p>${escapeHtml(line)}.</p>${
      quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(quote)}</blockquote>` : ''
    }<p><a href="${escapeHtml(link)}">${open}</a></p>${foot.html}`,
  };
}

/** One email grouping what a person has not read yet, by space, newest last. */
export function digestMail(input: {
  locale: string;
  items: { notification: Notification; pairName: string }[];
  publicUrl: string;
  unsubscribeUrl: string;
}): Rendered {
  const l = lang(input.locale);
  const byPair = new Map<string, { notification: Notification; pairName: string }[]>();
  for (const item of input.items) {
    const pairName = inert(item.pairName);
    byPair.set(pairName, [...(byPair.get(pairName) ?? []), item]);
  }
  const count = input.items.length;
  const subject =
    l === 'en'
      ? `Tandem · ${count} new thing${count > 1 ? 's' : ''} in your spaces`
      : `Tandem · ${count} nouveauté${count > 1 ? 's' : ''} dans vos espaces`;
  const textParts: string[] = [];
  const htmlParts: string[] = [];
  for (const [pairName, items] of byPair) {
    textParts.push(
      `\n${pairName}\n${items.map((i) => `- ${describe(i.notification, l)}\n  ${linkOf(input.publicUrl, i.notification)}`).join('\n')}`,
    );
    htmlParts.push(
      `<h2 style="font-size:16px">${escapeHtml(pairName)}</h2><ul>${items
        .map(
          (i) =>
            `<li><a href="${escapeHtml(linkOf(input.publicUrl, i.notification))}">${escapeHtml(describe(i.notification, l))}</a></li>`,
        )
        .join('')}</ul>`,
    );
  }
  const foot = footer(l, input.unsubscribeUrl, `${input.publicUrl}/notifications/preferences`);
  const intro =
    l === 'en' ? 'Here is what happened in your Tandem spaces:' : 'Voici ce qui est nouveau dans vos espaces Tandem :';
  return {
    subject,
    text: `${l === 'en' ? 'Hello' : 'Bonjour'},\n\n${intro}\n${textParts.join('\n')}${foot.text}`,
    html: `<p>${l === 'en' ? 'Hello' : 'Bonjour'},</p><p>${intro}</p>${htmlParts.join('')}${foot.html}`,
  };
}

/** The unsubscribe page (plain HTML, no log-in, works without JavaScript). */
export function unsubscribePage(state: 'ASK' | 'DONE' | 'ALREADY' | 'FORGED' | 'EXPIRED', locale: string, action = ''): string {
  const l = lang(locale);
  const texts = {
    fr: {
      ASK: [
        'Ne plus recevoir les messages de Tandem',
        'Vous ne recevrez plus aucun message de notification de Tandem (les notifications restent visibles dans l’application).',
      ],
      DONE: [
        'C’est fait',
        'Vous ne recevrez plus de messages de notification de Tandem. Vous pouvez les réactiver dans vos préférences.',
      ],
      ALREADY: ['Déjà fait', 'Vous étiez déjà désinscrit : vous ne recevez plus de messages de notification de Tandem.'],
      FORGED: [
        'Lien invalide',
        'Ce lien de désinscription n’est pas valide. Utilisez le lien d’un message récent, ou changez vos préférences une fois connecté.',
      ],
      EXPIRED: [
        'Lien expiré',
        'Ce lien de désinscription a expiré. Utilisez le lien d’un message récent, ou changez vos préférences une fois connecté.',
      ],
      button: 'Me désinscrire',
    },
    en: {
      ASK: [
        'Stop Tandem emails',
        'You will no longer receive any notification email from Tandem (notifications stay visible in the app).',
      ],
      DONE: [
        'Done',
        'You will no longer receive notification emails from Tandem. You can turn them back on in your preferences.',
      ],
      ALREADY: ['Already done', 'You were already unsubscribed: you receive no notification emails from Tandem.'],
      FORGED: [
        'Invalid link',
        'This unsubscribe link is not valid. Use the link of a recent email, or change your preferences once signed in.',
      ],
      EXPIRED: [
        'Expired link',
        'This unsubscribe link has expired. Use the link of a recent email, or change your preferences once signed in.',
      ],
      button: 'Unsubscribe',
    },
  }[l];
  const [title, body] = texts[state];
  const form =
    state === 'ASK'
      ? `<form method="post" action="${escapeHtml(action)}"><button type="submit" style="min-height:44px;padding:0 20px">${texts.button}</button></form>`
      : '';
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Tandem</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${body}</p>${form}</body></html>`;
}
