import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { routerSameAsLast, sameAsLast } from '../../bot/sameAsLast';
import type { Router } from '../../knowledge/routing/router';

describe('sameAsLast', () => {
  it('answers a repeat of the call just before from its answer, and any other call anew', () => {
    const calls: string[] = [];
    const f = sameAsLast((a: string, b: number) => {
      calls.push(`${a}${b}`);
      return { value: `${a}:${b}` };
    });
    const first = f('x', 1);
    expect(f('x', 1)).toBe(first);
    expect(f('x', 2)).toEqual({ value: 'x:2' });
    expect(f('x', 1)).toEqual({ value: 'x:1' });
    expect(calls).toEqual(['x1', 'x2', 'x1']);
  });

  it('keeps the router’s answer per text and locale', () => {
    let calls = 0;
    const inner: Router = {
      route: (text, locale) => {
        calls += 1;
        return {
          topic: text === 'a' && locale === 'en' ? 'certificate' : 'fallback',
          confidence: 1,
        } as ReturnType<Router['route']>;
      },
    };
    const router = routerSameAsLast(inner);
    expect(router.route('a', 'en').topic).toBe('certificate');
    expect(router.route('a', 'en').topic).toBe('certificate');
    expect(router.route('a', 'vi').topic).toBe('fallback');
    expect(router.route('b', 'vi').topic).toBe('fallback');
    expect(calls).toBe(3);
  });
});

describe('Presenter memo (strings remembered by key and values)', () => {
  const { presenter } = compose(loadConfig({ LOG_LEVEL: 'silent' }), {
    logger: createLogger('silent'),
    staffAccounts: [],
  });

  it('never hands one value’s string to another value', () => {
    const say = presenter.forLocale('en');
    expect(say.label('card.open', { time: '17:00' })).toBe('Open now, until 17:00.');
    expect(say.label('card.open', { time: '17:30' })).toBe('Open now, until 17:30.');
    expect(say.label('card.open', { time: 1730 })).toBe('Open now, until 1730.');
    // A value that spells the memo's own separator and type marks cannot pose as another.
    expect(say.t('card.open', { time: ':string:x' })).toBe('Open now, until :string:x.');
    expect(say.t('card.open', { time: 'x' })).toBe('Open now, until x.');
    expect(say.line('card.open', { time: '17:00' })).toBe('Open now, until 17:00.');
  });

  it('stays bounded and correct after thousands of different values', () => {
    const say = presenter.forLocale('en');
    for (let i = 0; i < 12_000; i++) expect(say.t('card.call', { number: String(i) })).toBe(`Call ${i}`);
    expect(say.t('card.call', { number: '42' })).toBe('Call 42');
    expect((say as unknown as { memo: Map<string, string> }).memo.size).toBeLessThanOrEqual(5000);
  });
});
