import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../core/logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** A stable Message-ID, so a resend after a crash can be recognised as the same mail. */
  messageId?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise every mail is written as an .eml file to
 * `$DATA_DIR/outbox/` and logged, so a newcomer can open an invitation link without a mail server.
 */
export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  dataDir: string;
  logger: Logger;
  /** Upper bound of each SMTP wait (connect, greeting, every reply); see smtpWaitMs in the outbox worker. */
  waitMs?: number;
}): Mailer {
  const { smtpUrl, from, dataDir, logger, waitMs = 60_000 } = options;
  if (smtpUrl) {
    // Bounded waits: a stalled SMTP server fails the attempt (retried later) well within the outbox lease.
    const transport: Transporter = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: Math.min(20_000, waitMs),
      greetingTimeout: Math.min(20_000, waitMs),
      socketTimeout: Math.min(60_000, waitMs),
    });
    return {
      async send(message) {
        await transport.sendMail({ from, ...message });
        logger.info({ to: message.to, subject: message.subject }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }
  const outbox = path.join(dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport.sendMail({ from, ...message });
      mkdirSync(outbox, { recursive: true });
      const safeTo = message.to.replace(/[^a-z0-9@._-]/gi, '_');
      const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeTo}.eml`);
      writeFileSync(file, info.message as Buffer);
      logger.info({ to: message.to, subject: message.subject, file, text: message.text }, 'mail written to outbox');
    },
    close: () => transport.close(),
  };
}
