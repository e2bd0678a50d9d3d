/**
 * Adds (or replaces) a staff console account:
 *
 *   npm run staff:add -- --user yamada --role staff --name "山田 花子" [--file config/staff-accounts.json]
 *
 * The password comes from STAFF_PASSWORD, or one line on stdin (asked without echo on a terminal).
 * Neither the password nor its hash is ever printed.
 */
import { parseArgs } from 'node:util';
import { USERNAME_PATTERN, addAccount, hashPassword } from '../bot/staff/accounts';

const MIN_PASSWORD = 12;

const USAGE = `usage: staffAdd --user <name> --role staff|admin --name <display name> [--file <accounts.json>]

  --user   2–32 characters of a-z 0-9 . _ -
  --role   staff or admin
  --name   the name shown in the console (1–60 characters)
  --file   default: $STAFF_ACCOUNTS_FILE or config/staff-accounts.json

The password (at least ${MIN_PASSWORD} characters) is read from STAFF_PASSWORD, or from stdin.`;

function usage(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

/** Reads a line from a terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readFirstLine(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += chunk as string;
    if (text.includes('\n')) break;
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/u, '');
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.STAFF_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return readFirstLine();
  const first = await promptHidden('パスワード / Password: ');
  const again = await promptHidden('もう一度 / Again: ');
  if (first !== again) {
    console.error('the two passwords differ');
    process.exit(2);
  }
  return first;
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        user: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        file: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    return usage((err as Error).message);
  }
}

async function main(): Promise<void> {
  const values = parseOptions();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const { user, role, name } = values;
  if (!user || !USERNAME_PATTERN.test(user)) usage('--user: 2–32 characters of a-z 0-9 . _ -');
  if (role !== 'staff' && role !== 'admin') usage('--role: staff or admin');
  const displayName = name?.trim() ?? '';
  if (displayName.length < 1 || displayName.length > 60) usage('--name: 1–60 characters');
  const file = values.file || process.env.STAFF_ACCOUNTS_FILE || 'config/staff-accounts.json';

  const password = await readPassword();
  // Characters, not UTF-16 units: a passphrase in Japanese counts what the person typed.
  if (Array.from(password).length < MIN_PASSWORD) {
    console.error(`refused: the password must be at least ${MIN_PASSWORD} characters`);
    process.exit(2);
  }
  const hash = await hashPassword(password);
  addAccount(file, { username: user, displayName, role, hash });
  console.log(`added ${user} (${role}) to ${file}`);
}

main().catch((err: unknown) => {
  console.error(`staffAdd: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
