import { z } from 'zod';
import { ALL_LOCALES } from '../knowledge/types';
import { parseStaffedHours } from './handoff/staffedHours';

/**
 * Every setting, its default and what it is for. The README's configuration table is checked
 * against this list by a test, so the two cannot drift apart.
 */
export const SETTINGS = {
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(3978),
    doc: 'HTTP port the server listens on.',
  },
  HOST: {
    schema: z.string().min(1).default('127.0.0.1'),
    doc: 'Interface to listen on. Loopback by default; use 0.0.0.0 behind a reverse proxy or in a container.',
  },
  TZ: {
    schema: z
      .string()
      .default('Asia/Tokyo')
      .refine((tz) => isTimeZone(tz), 'an IANA time zone such as Asia/Tokyo'),
    doc: 'Process time zone (set at start-up). Opening hours and deadlines are computed in Japan time whatever it is.',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    doc: 'pino log level. Logs never contain message text or raw user ids.',
  },
  DEFAULT_LOCALE: {
    schema: z.enum(ALL_LOCALES).default('ja-easy'),
    doc: 'Language when neither the resident, the channel nor the text tells us.',
  },
  MICROSOFT_APP_ID: {
    schema: z.string().default(''),
    doc: 'Azure Bot app id. Empty: /api/messages accepts unauthenticated local traffic (Emulator, tests).',
  },
  MICROSOFT_APP_PASSWORD: {
    schema: z.string().default(''),
    doc: 'Azure Bot client secret (with MICROSOFT_APP_ID).',
  },
  MICROSOFT_APP_TYPE: {
    schema: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    doc: 'Azure Bot app type.',
  },
  MICROSOFT_APP_TENANT_ID: { schema: z.string().default(''), doc: 'Tenant id for SingleTenant or MSI apps.' },
  BODY_LIMIT: {
    schema: z.string().default('256kb'),
    doc: 'Largest accepted request body; larger ones get 413.',
  },
  KEEP_ALIVE_TIMEOUT_MS: {
    schema: z.coerce.number().int().min(1000).max(600_000).default(65_000),
    doc: "How long an idle keep-alive connection stays open. Longer than the load balancer's idle timeout (60 s for most), so it never reuses a connection the bot has just closed (a 502); Node's own 5 s did that.",
  },
  ID_HASH_SALT: {
    schema: z.string().default(''),
    doc: 'Salt for hashing user and conversation ids in logs and counters. Empty: random per process.',
  },
  KNOWLEDGE_DIR: {
    schema: z.string().default(''),
    doc: 'Folder of the knowledge data files. Empty: the built-in knowledge/data.',
  },
  SIMPLIFY_API_TOKEN: {
    schema: z.union([z.literal(''), z.string().min(16, 'at least 16 characters')]).default(''),
    doc: 'Bearer token that switches on POST /api/simplify for staff tools (at least 16 characters). Empty: the endpoint does not exist (404).',
  },
  DIRECTLINE_SECRET: {
    schema: z.string().default(''),
    doc: 'Signs Direct Line tokens for the web widget and Web Chat. Set the same value on every instance; empty: a random key per process (tokens end with it).',
  },
  DIRECTLINE_MESSAGES_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).max(100_000).default(30),
    doc: 'Messages one web conversation may send per minute; more get 429 with Retry-After.',
  },
  DIRECTLINE_CONVERSATIONS_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).max(100_000).default(120),
    doc: 'New web conversations one address may open per minute (offices share one address behind NAT); more get 429.',
  },
  WEB_ORIGINS: {
    schema: z
      .string()
      .default('*')
      .refine(
        (v) => v === '*' || v.split(',').every((o) => /^https?:\/\/[^/\s]+$/u.test(o.trim())),
        "'*' or a comma-separated list of origins such as https://www.city.osaka.lg.jp",
      ),
    doc: "Pages allowed to embed the widget and call Direct Line from the browser (CORS and the WebSocket's Origin). '*': any page — tokens, not cookies, carry access.",
  },
  REDIS_URL: {
    schema: z.string().default(''),
    doc: 'redis://[:password@]host:port/db. Set: conversation state and LINE de-duplication live in Redis, so any number of instances can serve. Empty: in memory (one instance).',
  },
  STATE_TTL_DAYS: {
    schema: z.coerce.number().int().min(1).max(365).default(30),
    doc: 'Days a conversation and a language choice are kept after the last message (in Redis, or in memory without REDIS_URL).',
  },
  MEMORY_STATE_MAX_ITEMS: {
    schema: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
    doc: 'Without REDIS_URL: at most this many conversation and user states in memory (a few KB each); the least recently used are dropped first, and their resident starts afresh.',
  },
  LINE_CHANNEL_SECRET: {
    schema: z.string().default(''),
    doc: 'LINE channel secret (checks webhook signatures). With LINE_CHANNEL_ACCESS_TOKEN it mounts POST /api/line/webhook; empty: no LINE route.',
  },
  LINE_CHANNEL_ACCESS_TOKEN: {
    schema: z.string().default(''),
    doc: 'LINE channel access token (long-lived or v2.1) for replies, pushes and profiles.',
  },
  LINE_API_BASE_URL: {
    schema: z.url().default('https://api.line.me'),
    doc: 'LINE Messaging API base URL. Tests and outbound proxies point it elsewhere.',
  },
  LINE_DATA_API_BASE_URL: {
    schema: z.url().default('https://api-data.line.me'),
    doc: 'LINE data API base URL (rich menu images).',
  },
  STAFF_ACCOUNTS_FILE: {
    schema: z.string().default('config/staff-accounts.json'),
    doc: 'Staff accounts for the console at /staff (scrypt hashes; create them with `npm run staff:add`). A missing file means nobody can log in, and live chat with staff stays off.',
  },
  STAFF_SESSION_IDLE_MINUTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    doc: 'A staff session ends after this many minutes without a request.',
  },
  STAFF_LOCKOUT_FAILURES: {
    schema: z.coerce.number().int().min(1).max(100).default(5),
    doc: 'Wrong passwords for one account before it is locked (four times as many from one address).',
  },
  STAFF_LOCKOUT_MINUTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    doc: 'How long a locked account (or address) is refused.',
  },
  HANDOFF_HOURS: {
    schema: z
      .string()
      .default('weekday 09:00-17:30')
      .refine((v) => parseStaffedHours(v) !== null, "rules such as 'weekday 09:00-17:30; sat 10:00-12:00'"),
    doc: "When staff answer live chat (Japan time; public holidays and 29 Dec–3 Jan are closed). Rules like 'weekday 09:00-17:30; sat 10:00-12:00' with days mon…sun, weekday, weekend, daily.",
  },
  HANDOFF_MAX_WAIT_MINUTES: {
    schema: z.coerce.number().int().min(1).max(240).default(20),
    doc: 'A resident waiting longer than this for a staff member gets the phone numbers instead.',
  },
  ANALYTICS_RETENTION_DAYS: {
    schema: z.coerce.number().int().min(1).max(3650).default(90),
    doc: 'Days the counters and the scrubbed unanswered questions are kept; older days are deleted.',
  },
  PUBLIC_URL: {
    schema: z.union([z.literal(''), z.url()]).default(''),
    doc: "The bot's public address, for the QR codes on printed handouts. Empty: the address the console was opened with.",
  },
  LINE_FRIEND_URL: {
    schema: z.union([z.literal(''), z.url()]).default(''),
    doc: 'LINE friend link (https://lin.ee/…). Set: printed handouts carry it as a second QR code.',
  },
  LINE_TAKEOVER_SECONDS: {
    schema: z.coerce.number().int().min(2).max(600).default(15),
    doc: 'With REDIS_URL: an instance silent for this long is presumed dead, and another answers the LINE events it had acknowledged but not answered.',
  },
  TOKENIZER_DICT: {
    schema: z.string().default(''),
    doc: "kuromoji dictionary folder. Empty: the one shipped in kuromoji's npm package.",
  },
} as const;

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: z.infer<Settings[K]['schema']> };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const shape = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.schema])) as {
    [K in keyof Settings]: Settings[K]['schema'];
  };
  // An empty variable means "unset": `PORT= npm start` should not fail on "".
  const input = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = z.object(shape).safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const config = parsed.data as Config;
  if (
    config.MICROSOFT_APP_ID &&
    !config.MICROSOFT_APP_PASSWORD &&
    config.MICROSOFT_APP_TYPE !== 'UserAssignedMSI'
  ) {
    throw new ConfigError('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set');
  }
  if (Boolean(config.LINE_CHANNEL_SECRET) !== Boolean(config.LINE_CHANNEL_ACCESS_TOKEN)) {
    throw new ConfigError('LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are set together, or neither');
  }
  return config;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
