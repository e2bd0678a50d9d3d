import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Call sites never pass message text or raw ids; redaction is the safety net for
 * objects that carry them by accident (an Activity, a LINE event).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'yasashii-madoguchi' },
      redact: {
        paths: [
          'text',
          '*.text',
          'activity.text',
          'activity.from',
          'activity.recipient',
          'message.text',
          'userId',
          '*.userId',
          'from.id',
          'from.name',
          'req.headers.authorization',
          'req.headers["x-line-signature"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
