import fc from 'fast-check';
import { Writable } from 'node:stream';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { scrub } from '../../bot/privacy';
import type { Router } from '../../knowledge/routing/router';
import { createHarness } from '../helpers/harness';

const NOW = '2026-11-24T10:00:00+09:00';

describe('the bot never crashes on what residents send', () => {
  const h = createHarness({ now: NOW, locale: 'en' });

  it.each([
    ['empty text', ''],
    ['only spaces', '   \n\t '],
    ['emoji only', '😀🙏🏽👨‍👩‍👧'],
    ['control characters', '\u0000\u0007\u001b[31m住民票\u0000'],
    ['10,000 characters', 'あ'.repeat(10_000)],
    ['half-width kana', 'ｼﾞｭｳﾐﾝﾋｮｳ ｺﾝﾋﾞﾆ'],
    ['an unknown button code', 'opt:doesnotexist'],
    ['an unknown menu code', 'menu:nothing'],
    ['a lone surrogate', '\ud800住民票'],
    ['right-to-left and zero-width marks', '\u202e\u200b住民票\u200d'],
  ])('%s gets a helpful answer', async (_name, text) => {
    const turn = await h.say(text);
    expect(turn.text.length).toBeGreaterThan(10);
    expect(turn.text).not.toContain('went wrong');
  });

  it('half-width kana are understood like full-width ones', async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say('ｼﾞｭｳﾐﾝﾋｮｳ ｺﾝﾋﾞﾆ');
    expect(turn.topic).toBe('certificate');
  });

  it('an attachment instead of text is answered kindly', async () => {
    const turn = await h.attach([{ contentType: 'image/jpeg', contentUrl: 'https://example.invalid/a.jpg' }]);
    expect(turn.text).toContain('only read text');
  });

  it('any random message gets an answer, never an error', async () => {
    const bot = createHarness({ now: NOW, locale: 'ja' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom('menu:certificate', 'opt:yes', 'fb:yes', 'lang:en', 'lang:xx', '?', '1', '２'),
        ),
        async (text) => {
          const turn = await bot.say(text);
          expect(turn.replies.length).toBeGreaterThan(0);
          expect(turn.text).not.toMatch(/問題が発生|went wrong/);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a failing turn', () => {
  it('apologises in the resident language, logs the dialog stack and starts clean', async () => {
    let fail = false;
    const router: Router = {
      route: () => {
        if (fail) throw new Error('router exploded');
        return { topic: 'certificate', confidence: 1, matched: [] };
      },
    };
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const h = createHarness({ now: NOW, locale: 'en' });
    // Rebuild with the failing router and a captured log.
    const runtime = compose(loadConfig({ LOG_LEVEL: 'error' }), {
      router,
      logger: createLogger('error', sink),
      clock: h.clock,
    });
    const adapter = new TestAdapter((context) => runtime.bot.run(context));
    adapter.onTurnError = runtime.adapter.onTurnError;
    const say = async (text: string) => {
      await adapter.receiveActivity({ type: ActivityTypes.Message, text, locale: 'en' });
      return adapter.activeQueue.splice(0).map((a) => a.text ?? '');
    };

    await say('residence certificate'); // now inside the certificate dialog
    fail = true;
    const apology = await say('something unexpected that needs routing');
    expect(apology.join('\n')).toContain('Sorry, something went wrong on our side');
    const log = lines.join('');
    expect(log).toContain('router exploded');
    expect(log).toContain('"dialogStack":["main"');
    expect(log).not.toContain('something unexpected');

    fail = false;
    const after = await say('hello');
    expect(after.join('\n')).toContain('Choose a topic');
  });
});

describe('privacy', () => {
  it('logs no message text and no raw ids', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const runtime = compose(loadConfig({ LOG_LEVEL: 'trace' }), { logger: createLogger('trace', sink) });
    const adapter = new TestAdapter((context) => runtime.bot.run(context), {
      channelId: 'test',
      conversation: { id: 'conversation-secret-42', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'U-resident-secret-7', name: 'Taro Yamada' },
      recipient: { id: 'bot', name: 'bot' },
      serviceUrl: 'https://example.invalid',
      locale: 'ja',
    });
    await adapter.receiveActivity({
      type: ActivityTypes.Message,
      text: '詐欺の電話がありました 090-1234-5678',
    });
    const log = lines.join('');
    expect(log).toContain('"topic":"consumer"');
    for (const secret of ['詐欺', '090-1234-5678', 'U-resident-secret-7', 'conversation-secret-42', 'Taro']) {
      expect(log).not.toContain(secret);
    }
  });

  it.each([
    ['電話は090-1234-5678です', '電話は[number]です'],
    ['call me at +81 6 6614 0999', 'call me at [number]'],
    ['mail: taro.yamada@example.jp', 'mail: [email]'],
    // The longest local part an address may have (64, RFC 5321) is scrubbed whole.
    [`mail: ${'t'.repeat(60)}.y1@example.jp`, 'mail: [email]'],
    ['私は山田です。住民票がほしい', '私は[name]です。住民票がほしい'],
    ['my name is John Smith and I need help', 'my name is [name] and I need help'],
    ['住民票 コンビニ', '住民票 コンビニ'],
  ])('scrubs %s', (input, expected) => {
    expect(scrub(input)).toBe(expected);
  });
});
