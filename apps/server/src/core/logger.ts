import { pino, type Logger } from 'pino';

export type { Logger };

// Secrets never reach the logs: cookies, passwords, tokens and authorisation headers are redacted.
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        'password',
        'token',
        'variables.password',
        'variables.input.password',
        'variables.input.token',
        'variables.token',
      ],
      censor: '[redacted]',
    },
  });
}
