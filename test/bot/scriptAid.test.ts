import { ScriptAid } from '../../bot/staff/scriptAid';
import { loadConfig } from '../../bot/config';
import { compose } from '../../bot/index';
import { createLogger } from '../../bot/logger';

// The counter's script aid shows the bot's own answers: every entry must render in each language
// the clerk may pick, and every topic the bot answers must be findable at the counter.
const runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
const aid = ScriptAid.load(runtime.presenter, runtime.kb);

describe('the script aid', () => {
  it.each(aid.entries.map((e) => e.id))('%s renders in Japanese, easy Japanese and Vietnamese', (id) => {
    const view = aid.view(id, 'vi')!;
    for (const text of [view.ja.text, view.easy.text, view.resident.text]) {
      expect(text.length).toBeGreaterThan(10);
      // An unknown key would come back as the key itself.
      expect(text).not.toMatch(/^[a-z]+:[\w.]+$/u);
      expect(text).not.toContain('{{');
    }
  });

  it('has an entry for every topic the bot answers, the health advice included', () => {
    const answered = ['multicultural', 'consumer', 'victim', 'certificate', 'safety', 'jobs', 'health'];
    const covered = new Set(aid.entries.map((e) => e.topic));
    expect(answered.filter((t) => !covered.has(t as never))).toEqual([]);
    expect(aid.search('#8000').map((e) => e.id)).toEqual(['suddenIllness']);
  });
});
