import { ALL_LOCALES } from '../../knowledge/types';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBase, KnowledgeError } from '../../knowledge/knowledgeBase';
import type { KnowledgeData } from '../../knowledge/knowledgeBase';
import { checkKnowledge } from '../../knowledge/check';
import { englishOrdinal, Formatter } from '../../knowledge/format';
import { knowledgeFiles } from '../../knowledge/schema';
import { LOCALES_DIR } from '../../locales';

const kb = KnowledgeBase.load();
const clone = (): KnowledgeData => structuredClone(kb.data);

describe('knowledge base', () => {
  it('loads and validates every data file', () => {
    expect(kb.data.contacts.length).toBeGreaterThan(10);
    expect(kb.contact('consumerCentre').phone).toBe('06-6614-0999');
    expect(kb.coolingOffDays('doorToDoor')).toBe(8);
    expect(kb.coolingOffDays('multiLevel')).toBe(20);
    expect(kb.coolingOffDays('mailOrder')).toBeNull();
  });

  it('states only confirmed facts, and secondary ones that link an official page', () => {
    const stated = kb.statedFacts().map((f) => f.id);
    expect(stated).toContain('movingInDays');
    expect(stated).toContain('toutingFineMax'); // secondary, links the ordinance page
    expect(stated).not.toContain('helmetSince'); // secondary with nothing to link
    expect(stated).not.toContain('feeKonbini'); // unconfirmed
    expect(stated).not.toContain('cyclistTicketsSince');
  });

  it('never carries the fabricated "multilingual hotline" number', () => {
    const all = readdirSync(DEFAULT_KNOWLEDGE_DIR).map((f) =>
      readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, f), 'utf8'),
    );
    expect(all.join('\n')).not.toContain('6773-6533');
  });

  it('keeps every URL in sources.json and every phone number in contacts.json only', () => {
    const phoneLike = /(\d{2,4}-\d{2,4}-\d{3,4}|#\d{4})/;
    for (const file of readdirSync(DEFAULT_KNOWLEDGE_DIR)) {
      const text = readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, file), 'utf8');
      if (file !== 'sources.json')
        expect({ file, hasUrl: /https?:\/\//.test(text) }).toEqual({ file, hasUrl: false });
      if (file !== 'contacts.json')
        expect({ file, hasPhone: phoneLike.test(text) }).toEqual({ file, hasPhone: false });
    }
    const localeText = readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(path.join(LOCALES_DIR, d.name)).map((f) =>
          readFileSync(path.join(LOCALES_DIR, d.name, f), 'utf8'),
        ),
      )
      .join('\n');
    expect(localeText).not.toMatch(/https?:\/\//);
    expect(localeText).not.toMatch(phoneLike);
  });

  it.each<[string, (d: KnowledgeData) => void, RegExp]>([
    [
      'an unconfirmed fact with a value',
      (d) =>
        Object.assign(
          d.facts.find((f) => f.id === 'feeKonbini')!,
          { value: 200 },
        ),
      /unconfirmed fact must have value null/,
    ],
    [
      'a duplicated phone number',
      (d) =>
        Object.assign(
          d.contacts.find((c) => c.id === 'ofix')!,
          { phone: '06-6614-0999' },
        ),
      /appears in both/,
    ],
    [
      'a contact pointing at an unknown page',
      (d) => Object.assign(d.contacts[0]!, { page: 'nope' }),
      /unknown source nope/,
    ],
    ['a topic with an unknown contact', (d) => d.topics[0]!.contacts.push('ghost'), /unknown contact ghost/],
    ['a missing topic', (d) => d.topics.splice(0, 1), /is missing/],
    [
      'a secondary contact without a page',
      (d) => delete d.contacts.find((c) => c.id === 'ofix')!.page,
      /must link its official page/,
    ],
    [
      'a malformed phone number',
      (d) =>
        Object.assign(
          d.contacts.find((c) => c.id === 'consumerCentre')!,
          { phone: '06-6614-09' },
        ),
      /phone/,
    ],
    [
      'a cooling-off period that is not a confirmed number',
      (d) => Object.assign(d.coolingOff.saleTypes[0]!, { daysFact: 'pinDigits' }),
      /must be a confirmed number/,
    ],
  ])('rejects %s', (_name, mutate, message) => {
    const data = clone();
    mutate(data);
    // Re-validate through the schemas, as a load from disk would.
    expect(() => {
      const parsed = {
        sources: knowledgeFiles.sources.parse(data.sources),
        facts: knowledgeFiles.facts.parse(data.facts),
        contacts: knowledgeFiles.contacts.parse(data.contacts),
        topics: knowledgeFiles.topics.parse(data.topics),
        coolingOff: knowledgeFiles.coolingOff.parse(data.coolingOff),
      };
      return new KnowledgeBase(parsed);
    }).toThrow(message);
  });

  it('reports a broken data file with its path', () => {
    expect(() => KnowledgeBase.load('/nonexistent')).toThrow(KnowledgeError);
  });

  it('lists unconfirmed, secondary and stale facts for staff', () => {
    const report = checkKnowledge(kb, { y: 2026, m: 11, d: 24 });
    expect(report.unconfirmed).toContain('contact consumerCentre: hours');
    expect(report.secondary.some((s) => s.startsWith('contact ofix'))).toBe(true);
    // The job plaza page is from 2019: more than a year old.
    expect(report.stale.some((s) => s.startsWith('contact jobsHiroba'))).toBe(true);
    // Checked with a fresh page date, nothing from 2024-12 is stale on 2025-06-01.
    const early = checkKnowledge(kb, { y: 2025, m: 6, d: 1 });
    expect(early.stale.some((s) => s.startsWith('contact konbiniService'))).toBe(false);
  });
});

describe('ordinal facts', () => {
  it('English gets 1st, 2nd, 3rd, 4th, 11th, 21st; other locales the bare number', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
    const kb = KnowledgeBase.load();
    expect(new Formatter(kb).vars('en').facts.wardSundayNth).toBe('4th');
    expect(new Formatter(kb).vars('ja').facts.wardSundayNth).toBe('4');
  });
});

describe('numbers in every language', () => {
  // Nepali and Thai would otherwise write dates and amounts in their own digits, beside phone
  // numbers and receipts in Western ones: one reader, two digit systems.
  it.each([...ALL_LOCALES])('%s writes dates and yen amounts in Western digits', (locale) => {
    const f = new Formatter(KnowledgeBase.load());
    const date = f.pastDate({ y: 2022, m: 6, d: 1 }, locale);
    expect(date).toMatch(/2022/);
    expect(date).toMatch(/\b1\b|1日|1일|1 /u);
    expect(f.yen(300, locale)).toMatch(/300/);
  });
});

describe('dates in easy Japanese', () => {
  const f = new Formatter(kb);
  it('names the weekday with its reading instead of a bracket that looks like furigana', () => {
    expect(f.date({ y: 2026, m: 12, d: 1 }, 'ja')).toBe('2026年12月1日(火)');
    expect(f.date({ y: 2026, m: 12, d: 1 }, 'ja-easy')).toBe('2026年12月1日 {火曜日|かようび}');
    expect(f.date({ y: 2027, m: 1, d: 3 }, 'ja-easy')).toBe('2027年1月3日 {日曜日|にちようび}');
  });

  it('writes the next opening as a date in Japan, not 11/25(水)', () => {
    const now = new Date('2026-11-24T21:00:00+09:00');
    // 23:30 UTC on the 24th is already the 25th in Japan.
    expect(f.when(new Date('2026-11-24T23:30:00Z'), now, 'ja-easy')).toBe(
      '11月25日 {水曜日|すいようび} 8:30',
    );
    expect(f.when(new Date('2026-11-24T23:30:00Z'), now, 'ja')).toBe('11/25(水) 8:30');
    expect(f.when(new Date('2026-11-24T22:00:00+09:00'), now, 'ja-easy')).toBe('22:00');
  });
});
