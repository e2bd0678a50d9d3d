import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

interface ChatLine {
  text: string;
  locale: string;
  topic: string | null;
  replies: Array<{ text?: string; suggestedActions?: { actions: Array<{ title: string }> } }>;
}

function chat(args: string[], input: string): { lines: ChatLine[]; stdout: string; status: number | null } {
  const run = spawnSync('npm', ['run', '-s', 'chat', '--', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as ChatLine);
  return { lines, stdout: run.stdout, status: run.status };
}

describe('npm run chat', () => {
  it('--json --fresh routes each line as the first message of a new conversation', () => {
    const { lines, status } = chat(
      ['--json', '--fresh', '--locale', 'ja'],
      ['コンビニで住民票とれるん？', '変な電話がかかってきてん', '', '火事や！', 'ラーメン屋さん教えて'].join(
        '\n',
      ),
    );
    expect(status).toBe(0);
    expect(lines.map((l) => [l.text, l.topic, l.locale])).toEqual([
      ['コンビニで住民票とれるん？', 'certificate', 'ja'],
      ['変な電話がかかってきてん', 'consumer', 'ja'],
      ['', null, 'ja'],
      ['火事や！', 'emergency', 'ja'],
      ['ラーメン屋さん教えて', 'fallback', 'ja'],
    ]);
    expect(lines[3]!.replies.map((r) => r.text ?? '').join('\n')).toContain('119');
  }, 60_000);

  it('keeps one conversation without --fresh, and buttons can be answered by their code', () => {
    const { lines } = chat(['--json', '--locale', 'en'], ['residence certificate', 'opt:yes', ''].join('\n'));
    expect(lines[0]!.replies.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Yes',
      'No',
      'Not sure',
    ]);
    expect(lines[1]!.replies.map((r) => r.text ?? '').join('\n')).toContain('convenience store');
  }, 60_000);

  it('renders a readable transcript without --json', () => {
    const { stdout, status } = chat(['--locale', 'en'], 'talk to a person\n');
    expect(status).toBe(0);
    expect(stdout).toContain('06-6208-7311');
    expect(stdout).toContain('┌ Osaka City Citizens Bureau');
  }, 60_000);

  it('refuses an unknown locale', () => {
    const { status } = chat(['--locale', 'xx'], '');
    expect(status).toBe(2);
  }, 60_000);
});
