import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as index from 'botbuilder-dialogs';
import * as ours from '../../dialogs/botbuilderDialogs';

// dialogs/botbuilderDialogs.ts imports from the package's own files to skip its prompts: an
// upgrade that moves or duplicates a class must fail here, not in a resident's conversation.
describe('the parts of botbuilder-dialogs loaded from their own files', () => {
  it.each(Object.keys(ours))('%s is the class the package index exports', (name) => {
    expect(ours[name as keyof typeof ours]).toBeDefined();
    expect(ours[name as keyof typeof ours]).toBe(index[name as keyof typeof index]);
  });

  it('keep the whole bot from loading the prompts and their recognizers', () => {
    // A fresh process: jest's own module registry does not show what Node would load.
    const script = `require('./bot/index');
      const names = Object.keys(require.cache);
      console.log(JSON.stringify({
        modules: names.length,
        recognizers: names.filter((n) => n.includes('recognizers-text')).length,
        prompts: names.filter((n) => n.includes('botbuilder-dialogs/lib/prompts')).length,
      }));`;
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    const loaded = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    expect(loaded.modules).toBeGreaterThan(100);
    expect(loaded).toMatchObject({ recognizers: 0, prompts: 0 });
  });
});
