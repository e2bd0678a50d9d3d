import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';

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
