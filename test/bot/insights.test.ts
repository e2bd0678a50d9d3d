import type { InsightsData } from '../../bot/analytics';
import {
  barChart,
  csvField,
  dayChart,
  groupUnanswered,
  MAX_GROUPED_TEXTS,
  summarize,
  toCsv,
  waitStats,
} from '../../bot/staff/insights';

const data: InsightsData = {
  from: '2025-04-01',
  to: '2025-04-03',
  topics: [
    { day: '2025-04-01', topic: 'certificate', locale: 'ja', channel: 'line', count: 3 },
    { day: '2025-04-01', topic: 'consumer', locale: 'en', channel: 'webchat', count: 2 },
    { day: '2025-04-03', topic: 'certificate', locale: 'ja-easy', channel: 'line', count: 1 },
    { day: '2025-04-03', topic: 'consumer', locale: 'en', channel: 'line', count: 4 },
  ],
  feedback: [
    { day: '2025-04-01', topic: 'certificate', helpful: 2, notHelpful: 1 },
    { day: '2025-04-03', topic: 'certificate', helpful: 1, notHelpful: 0 },
    { day: '2025-04-03', topic: 'victim', helpful: 0, notHelpful: 2 },
  ],
  unanswered: [
    { day: '2025-04-01', locale: 'ja', text: 'ゴミの出し方', count: 2 },
    { day: '2025-04-02', locale: 'ja', text: 'ごみの出し方は？', count: 1 },
    { day: '2025-04-02', locale: 'ja-easy', text: 'ゴミの出し方', count: 1 },
    { day: '2025-04-03', locale: 'en', text: 'Where is the library?', count: 1 },
    { day: '2025-04-03', locale: 'en', text: 'where is the library', count: 1 },
    { day: '2025-04-03', locale: 'ja', text: '粗大ごみの予約', count: 1 },
    { day: '2025-04-03', locale: 'ja', text: '保育園の申し込み', count: 1 },
  ],
  handoffWaits: [
    { day: '2025-04-01', outcome: 'accepted', ms: 40_000 },
    { day: '2025-04-01', outcome: 'accepted', ms: 10_000 },
    { day: '2025-04-01', outcome: 'left', ms: 5_000 },
    { day: '2025-04-02', outcome: 'accepted', ms: 30_000 },
    { day: '2025-04-03', outcome: 'timeout', ms: 600_000 },
    { day: '2025-04-03', outcome: 'accepted', ms: 20_000 },
  ],
};

/** Tags nest and close, and no '<' or '>' is left in text: a browser parses it as we wrote it. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)(?:\s[^<>]*?)?(\/?)>/g)) {
    const [, close, name = '', selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<\/?[a-z]+(?:\s[^<>]*?)?\/?>/g, '');
  expect(text).not.toMatch(/[<>]/);
}

describe('summarize', () => {
  const s = summarize(data);

  it('totals by topic, locale, channel and day, most first', () => {
    expect(s.totals).toEqual({ questions: 10, unanswered: 8, helpful: 3, notHelpful: 3, handoffs: 6 });
    expect(s.byTopic).toEqual([
      { key: 'consumer', count: 6 },
      { key: 'certificate', count: 4 },
    ]);
    expect(s.byLocale).toEqual([
      { key: 'en', count: 6 },
      { key: 'ja', count: 3 },
      { key: 'ja-easy', count: 1 },
    ]);
    expect(s.byChannel).toEqual([
      { key: 'line', count: 8 },
      { key: 'webchat', count: 2 },
    ]);
    // 2 April had no routed question and still has its row, so a chart shows the gap.
    expect(s.byDay).toEqual([
      { day: '2025-04-01', questions: 5, unanswered: 2 },
      { day: '2025-04-02', questions: 0, unanswered: 2 },
      { day: '2025-04-03', questions: 5, unanswered: 4 },
    ]);
  });

  it('rates helpfulness per topic, null when nobody rated', () => {
    expect(s.helpfulness).toEqual([
      { topic: 'consumer', helpful: 0, notHelpful: 0, rate: null },
      { topic: 'certificate', helpful: 3, notHelpful: 1, rate: 0.75 },
      { topic: 'victim', helpful: 0, notHelpful: 2, rate: 0 },
    ]);
  });

  it('groups similar unanswered questions and keeps unrelated ones apart', () => {
    expect(s.unansweredGroups).toEqual([
      {
        representative: 'ゴミの出し方',
        count: 4,
        locales: ['ja', 'ja-easy'],
        members: [
          { text: 'ゴミの出し方', count: 3 },
          { text: 'ごみの出し方は？', count: 1 },
        ],
      },
      {
        representative: 'Where is the library?',
        count: 2,
        locales: ['en'],
        members: [
          { text: 'Where is the library?', count: 1 },
          { text: 'where is the library', count: 1 },
        ],
      },
      {
        representative: '保育園の申し込み',
        count: 1,
        locales: ['ja'],
        members: [{ text: '保育園の申し込み', count: 1 }],
      },
      {
        representative: '粗大ごみの予約',
        count: 1,
        locales: ['ja'],
        members: [{ text: '粗大ごみの予約', count: 1 }],
      },
    ]);
    expect(s.unansweredOmitted).toBe(0);
  });

  it('gives hand-off wait median and 90th percentile, overall and per outcome', () => {
    expect(s.handoff).toEqual({
      count: 6,
      medianMs: 25_000,
      p90Ms: 600_000,
      byOutcome: {
        accepted: { count: 4, medianMs: 25_000, p90Ms: 40_000 },
        left: { count: 1, medianMs: 5_000, p90Ms: 5_000 },
        timeout: { count: 1, medianMs: 600_000, p90Ms: 600_000 },
      },
    });
    expect(waitStats([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toEqual({ count: 10, medianMs: 5.5, p90Ms: 9 });
    expect(waitStats([])).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });
});

describe('groupUnanswered', () => {
  it('folds width, case and kana before comparing', () => {
    const { groups } = groupUnanswered([
      { locale: 'en', text: 'ＭＹ ＮＵＭＢＥＲ card', count: 1 },
      { locale: 'en', text: 'my number card', count: 2 },
      { locale: 'ja', text: 'マイナンバーカード', count: 1 },
      { locale: 'ja', text: 'まいなんばーかーど！', count: 1 },
    ]);
    expect(groups.map((g) => [g.representative, g.count, g.members.length])).toEqual([
      ['my number card', 3, 2],
      ['まいなんばーかーど！', 2, 2],
    ]);
  });

  it('caps the work at a bounded number of distinct texts, the most asked kept', () => {
    const rows = Array.from({ length: MAX_GROUPED_TEXTS + 250 }, (_, i) => ({
      locale: 'ja',
      text: `質問番号${i.toString(36)}について${(i * 7919).toString(36)}`,
      count: i < 10 ? 5 : 1,
    }));
    const { groups, omitted } = groupUnanswered(rows);
    expect(omitted).toBe(250);
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(MAX_GROUPED_TEXTS);
    expect(groups[0]?.count).toBeGreaterThanOrEqual(5);
  });
});

describe('barChart', () => {
  const svg = barChart({
    title: '話題別の質問数',
    unit: '件',
    rows: [
      { label: 'ごみの出し方', value: 1200 },
      { label: '<script>alert("x")</script>', value: 300 },
      { label: 'ゼロ', value: 0 },
    ],
  });

  it('is an accessible image with the numbers in its text', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="(bar-[0-9a-f]+)-title \1-desc"/,
    );
    expect(svg).toContain('>話題別の質問数</title>');
    expect(svg).toContain(
      '<desc id="' +
        /aria-labelledby="([^ ]+)-title/.exec(svg)?.[1] +
        '-desc">ごみの出し方: 1,200件、&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: 300件、ゼロ: 0件</desc>',
    );
    expect(svg).toContain('>1,200件</text>');
    expect(svg).toContain('>300件</text>');
    expect(svg).toContain('>0件</text>');
    expect(svg).toContain('width="600"');
    expect(svg).toContain('font-family="system-ui, sans-serif"');
  });

  it('draws bars in proportion, with no bar for zero', () => {
    const widths = [...svg.matchAll(/<rect x="208" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([304, 76]);
  });

  it('escapes resident text and uses no inline style or external resource', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/style=/);
    expect(svg).not.toMatch(/href|url\(|@import/);
    expectWellFormed(svg);
  });

  it('drops characters XML forbids, says when there is nothing to show, and keeps ids apart', () => {
    const bad = barChart({ title: 'x', rows: [{ label: 'a\u0000b\u001bc', value: 1 }] });
    expect(bad).toContain('abc: 1');
    expect(bad).not.toContain('\u0000');
    expect(bad).not.toContain('\u001b');
    const empty = barChart({ title: '空', rows: [] });
    expect(empty).toContain(
      '<text x="12" y="58" dominant-baseline="central" font-size="13" fill="#1a1a1a">データがありません</text>',
    );
    expectWellFormed(empty);
    const id = (s: string) => /aria-labelledby="([^ ]+)-title/.exec(s)?.[1];
    expect(id(bad)).not.toBe(id(empty));
    expect(id(barChart({ title: 'x', rows: [], id: 'topics"><x' }))).toBe('topics___x');
  });
});

describe('dayChart', () => {
  const days = summarize(data).byDay.map((d) => ({ day: d.day, value: d.questions }));
  const svg = dayChart({ title: '日別の質問数', days, unit: '件' });

  it('tells the numbers in its description and marks dates and the maximum', () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      '2025-04-01〜2025-04-03、合計 10件、最大 5件。2025-04-01: 5件、2025-04-02: 0件、2025-04-03: 5件</desc>',
    );
    for (const label of ['>4/1<', '>4/2<', '>4/3<', '>5</text>', '>0</text>']) expect(svg).toContain(label);
    expect(svg).toContain('<title>2025-04-02: 0件</title>');
    expect(svg).not.toMatch(/style=/);
    expectWellFormed(svg);
  });

  it('draws columns in proportion to the values', () => {
    const heights = [
      ...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="#1f5fa8"/g),
    ].map((m) => Number(m[1]));
    expect(heights).toEqual([176, 0, 176]);
  });

  it('labels only a few dates on a long range', () => {
    const many = Array.from({ length: 90 }, (_, i) => ({
      day: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
      value: i,
    }));
    const long = dayChart({ title: '90日', days: many });
    const labels = [...long.matchAll(/text-anchor="middle" font-size="12" fill="#1a1a1a">([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(['1/1', '1/16', '1/31', '2/15', '3/2', '3/17', '3/31']);
  });
});

describe('toCsv', () => {
  const tricky: InsightsData = {
    ...data,
    unanswered: [
      { day: '2025-04-01', locale: 'ja', text: 'ごみ, 粗大', count: 1 },
      { day: '2025-04-01', locale: 'en', text: 'say "hi"\nplease', count: 2 },
      { day: '2025-04-01', locale: 'en', text: '=HYPERLINK("http://x","y")', count: 1 },
      { day: '2025-04-01', locale: 'en', text: '-1+2', count: 1 },
      { day: '2025-04-01', locale: 'en', text: '@SUM(A1)', count: 1 },
      { day: '2025-04-01', locale: 'en', text: '+81 6', count: 1 },
    ],
  };

  it('writes RFC 4180 with a BOM, a header, CRLF and quoted fields', () => {
    expect(toCsv(tricky, 'unanswered')).toBe(
      '\ufeffday,locale,text,count\r\n' +
        '2025-04-01,ja,"ごみ, 粗大",1\r\n' +
        '2025-04-01,en,"say ""hi""\nplease",2\r\n' +
        `2025-04-01,en,"'=HYPERLINK(""http://x"",""y"")",1\r\n` +
        "2025-04-01,en,'-1+2,1\r\n" +
        "2025-04-01,en,'@SUM(A1),1\r\n" +
        "2025-04-01,en,'+81 6,1\r\n",
    );
  });

  it('exports the per-day rows of each kind', () => {
    expect(toCsv(data, 'topics').split('\r\n').slice(0, 2)).toEqual([
      '\ufeffday,topic,locale,channel,count',
      '2025-04-01,certificate,ja,line,3',
    ]);
    expect(toCsv(data, 'feedback').split('\r\n')[3]).toBe('2025-04-03,victim,0,2');
    expect(toCsv(data, 'handoff').split('\r\n')[5]).toBe('2025-04-03,timeout,600000');
  });

  it('exports the summary: rates, grouped questions, wait statistics', () => {
    const s = summarize(data);
    expect(toCsv(s, 'topics')).toBe('\ufefftopic,count\r\nconsumer,6\r\ncertificate,4\r\n');
    expect(toCsv(s, 'feedback')).toBe(
      '\ufefftopic,helpful,not_helpful,helpful_rate\r\nconsumer,0,0,\r\ncertificate,3,1,0.75\r\nvictim,0,2,0\r\n',
    );
    expect(toCsv(s, 'handoff')).toBe(
      '\ufeffoutcome,count,median_ms,p90_ms\r\nall,6,25000,600000\r\naccepted,4,25000,40000\r\nleft,1,5000,5000\r\ntimeout,1,600000,600000\r\n',
    );
    expect(toCsv(s, 'unanswered').split('\r\n').slice(0, 3)).toEqual([
      '\ufeffgroup,group_count,representative,text,count,locales',
      '1,4,ゴミの出し方,ゴミの出し方,3,ja ja-easy',
      '1,4,ゴミの出し方,ごみの出し方は？,1,ja ja-easy',
    ]);
  });

  it('guards a field in every position, and leaves numbers alone', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('-5,0')).toBe(`"'-5,0"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField('普通の質問')).toBe('普通の質問');
  });
});
