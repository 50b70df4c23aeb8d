import { escapeHtml } from '../core/escape-html.js';

// Mail texts, French first. Kept beside the mailer: they are server-side words, not UI strings.

export function invitationMail(input: { locale: string; ptceName: string; inviterName: string; link: string; expiresAt: Date }) {
  const { ptceName, inviterName, link } = input;
  if (input.locale === 'en') {
    const expires = input.expiresAt.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    const text = `Hello,\n\n${inviterName} invites you to join ${ptceName} on Tandem, the shared space of PTCE pairs.\n\nChoose your name and password here (the link works once, until ${expires}):\n${link}\n\nIf you did not expect this invitation, ignore this email.`;
    return {
      subject: `${inviterName} invites you to join ${ptceName} on Tandem`,
      text,
      html: `<p>Hello,</p><p>${escapeHtml(inviterName)} invites you to join <strong>${escapeHtml(ptceName)}</strong> on Tandem, the shared space of PTCE pairs.</p><p><a href="${escapeHtml(link)}">Choose your name and password</a> (the link works once, until ${escapeHtml(expires)}).</p><p>If you did not expect this invitation, ignore this email.</p>`,
    };
  }
  const expires = input.expiresAt.toLocaleDateString('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
  const text = `Bonjour,\n\n${inviterName} vous invite à rejoindre ${ptceName} sur Tandem, l'espace partagé des binômes de PTCE.\n\nChoisissez votre nom et votre mot de passe ici (le lien sert une seule fois, jusqu'au ${expires}) :\n${link}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.`;
  return {
    subject: `${inviterName} vous invite à rejoindre ${ptceName} sur Tandem`,
    text,
    html: `<p>Bonjour,</p><p>${escapeHtml(inviterName)} vous invite à rejoindre <strong>${escapeHtml(ptceName)}</strong> sur Tandem, l'espace partagé des binômes de PTCE.</p><p><a href="${escapeHtml(link)}">Choisir mon nom et mon mot de passe</a> (le lien sert une seule fois, jusqu'au ${escapeHtml(expires)}).</p><p>Si vous n'attendiez pas cette invitation, ignorez ce message.</p>`,
  };
}
