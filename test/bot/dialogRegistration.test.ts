import { ComponentRegistration } from 'botbuilder';
import { createHarness } from '../helpers/harness';

const NOW = '2026-11-24T10:00:00+09:00';

/** The dialogs registration botbuilder keeps (one per class name). */
function kept(): object[] {
  return ComponentRegistration.components.filter(
    (c) => c.constructor.name === 'DialogsComponentRegistration',
  );
}

describe('one shared DialogsComponentRegistration (bot/dialogRegistration.ts)', () => {
  it('is the one botbuilder keeps through whole conversations, and the dialogs still answer', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const first = await h.say('コンビニで住民票を取りたい');
    const [before] = kept();
    expect(before).toBeDefined();
    // Each of these turns makes several dialog contexts (waterfall steps, component dialogs);
    // without the sharing, each made and kept a new registration.
    const second = await h.say('はい');
    const third = await h.say('メニュー');
    expect(kept()).toEqual([before]);
    expect(kept()[0]).toBe(before);
    // Memory scopes (turn.activity, the locale) made from the shared one: the answers as usual.
    expect(first.topic).toBe('certificate');
    expect(second.text).toContain('コンビニ');
    expect(third.buttons.length).toBeGreaterThanOrEqual(8);
  });
});
