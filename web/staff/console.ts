/**
 * The staff console in the browser: script aid, workbench, live chat, insights. Resident text is
 * only ever set as textContent; the only HTML inserted is what the server escaped (ruby, charts).
 */

interface Me {
  username: string;
  displayName: string;
  role: 'staff' | 'admin';
  csrf: string;
}
interface Contact {
  name: string;
  phone?: string;
  status: string;
  statusText?: string;
}
interface AidText {
  locale: string;
  text: string;
  html: string;
  contacts: Contact[];
}
interface AidView {
  id: string;
  title: { ja: string; en: string };
  ja: AidText;
  easy: AidText;
  resident: AidText;
}
interface CaseLine {
  from: 'resident' | 'bot' | 'staff' | 'system';
  text: string;
  at: number;
  staff?: string;
}
interface CaseView {
  id: string;
  channel: string;
  locale: string;
  topic: string | null;
  lines: CaseLine[];
  state: 'waiting' | 'active' | 'ended';
  queuedAt: number;
  position: number | null;
  staffName?: string;
}
interface DeskView {
  waiting: CaseView[];
  mine: CaseView[];
  online: number;
}

const $ = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** HTML the server built and escaped (ruby, SVG): parsed, never concatenated with our own strings. */
function trusted(html: string): DocumentFragment {
  return document.createRange().createContextualFragment(html);
}

let me: Me | null = null;
let languages: Array<{ code: string; name: string }> = [];

async function api<T>(url: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') {
    headers.set('X-CSRF-Token', me?.csrf ?? '');
    if (init.body) headers.set('Content-Type', 'application/json');
  }
  const res = await fetch(url, { ...init, headers, credentials: 'same-origin' });
  if (res.status === 401) {
    location.href = `/staff/login?next=${encodeURIComponent(location.pathname)}`;
    throw new Error('login required');
  }
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

function announce(text: string): void {
  $('status').textContent = text;
}

// ---- tabs (WAI-ARIA tabs: arrow keys move between them) ----
function setupTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls') ?? '').hidden = !on;
    }
    if (tab.id === 'tab-insights') void loadInsights();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      const visible = tabs.filter((t) => !t.hidden);
      const i = visible.indexOf(tab);
      const next =
        e.key === 'ArrowRight'
          ? visible[(i + 1) % visible.length]
          : e.key === 'ArrowLeft'
            ? visible[(i - 1 + visible.length) % visible.length]
            : undefined;
      if (next) {
        e.preventDefault();
        next.focus();
        select(next);
      }
    });
  }
}

// ---- script aid ----
async function searchTopics(): Promise<void> {
  const q = $<HTMLInputElement>('script-q').value;
  const list = await api<Array<{ id: string; title: { ja: string; en: string } }>>(
    `/staff/api/script-aid?q=${encodeURIComponent(q)}`,
  );
  const ul = $('script-list');
  ul.replaceChildren(
    ...list.map((t) => {
      const b = el(
        'button',
        { type: 'button', 'data-topic': t.id },
        t.title.ja,
        el('br'),
        el('small', { lang: 'en' }, t.title.en),
      );
      b.addEventListener('click', () => void showTopic(t.id));
      return el('li', {}, b);
    }),
  );
  announce(`${list.length} 件 / ${list.length} topics`);
}

let currentTopic: string | null = null;
async function showTopic(id: string): Promise<void> {
  currentTopic = id;
  const locale = $<HTMLSelectElement>('script-locale').value;
  const view = await api<AidView>(
    `/staff/api/script-aid/${encodeURIComponent(id)}?locale=${encodeURIComponent(locale)}`,
  );
  for (const b of document.querySelectorAll<HTMLButtonElement>('#script-list button')) {
    b.setAttribute('aria-current', String(b.dataset.topic === id));
  }
  const column = (heading: string, t: AidText, lang: string, speakable: boolean) => {
    const body = el('div', { lang, class: 'aid-text' });
    for (const line of t.html.split('\n')) body.append(el('p', {}, trusted(line)));
    const contacts = el(
      'ul',
      { class: 'contacts' },
      ...t.contacts.map((c) =>
        el(
          'li',
          {},
          el('strong', {}, c.name),
          c.phone ? ` ☎ ${c.phone} ` : ' ',
          c.statusText ? el('span', { class: `status status-${c.status}` }, c.statusText) : '',
        ),
      ),
    );
    const col = el(
      'section',
      { class: 'column', 'data-locale': t.locale },
      el('h3', {}, heading),
      body,
      contacts,
    );
    if (speakable) {
      const read = el('button', { type: 'button', class: 'secondary' }, '読み上げ / Read aloud');
      read.addEventListener('click', () => speak(t.text, t.locale));
      col.append(read);
    }
    return col;
  };
  const residentName = languages.find((l) => l.code === locale)?.name ?? locale;
  const showLink = el(
    'a',
    {
      class: 'button',
      href: `/staff/show/${id}?locale=${encodeURIComponent(locale)}`,
      target: '_blank',
      rel: 'noopener',
      id: 'show-resident',
    },
    '住民に見せる / Show to the resident',
  );
  const handout = el(
    'a',
    {
      class: 'button',
      href: `/staff/handout/${id}?locale=${encodeURIComponent(locale)}`,
      target: '_blank',
      rel: 'noopener',
      id: 'print-handout',
    },
    '配布用に印刷 / Print handout',
  );
  $('script-view').replaceChildren(
    el('h2', {}, view.title.ja, ' ', el('small', { lang: 'en' }, view.title.en)),
    el('p', { class: 'row' }, showLink, handout),
    el(
      'div',
      { class: 'columns' },
      column('職員が読む日本語 / Japanese', view.ja, 'ja', false),
      column('やさしい日本語 / Easy Japanese', view.easy, 'ja', true),
      column(`${residentName}`, view.resident, locale === 'ja-easy' ? 'ja' : locale, true),
    ),
  );
}

const SPEECH_LANG: Record<string, string> = {
  'ja-easy': 'ja-JP',
  ja: 'ja-JP',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  'pt-BR': 'pt-BR',
  tl: 'fil-PH',
};
function speak(text: string, locale: string): void {
  if (!('speechSynthesis' in window)) {
    announce('このブラウザは読み上げができません / Speech is not available in this browser');
    return;
  }
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text.replace(/\([ぁ-ゖー]+\)/gu, ''));
  u.lang = SPEECH_LANG[locale] ?? locale;
  speechSynthesis.speak(u);
}

// ---- workbench ----
interface WorkbenchResult {
  plain: string;
  parens: string;
  html: string;
  before: Record<string, number>;
  after: Record<string, number>;
  changes: Array<{ rule: string; explain: string; before: string; after: string }>;
}

async function runWorkbench(
  text: string,
  target: HTMLElement,
  onUse?: (plain: string) => void,
): Promise<void> {
  const r = await api<WorkbenchResult>('/staff/api/workbench', {
    method: 'POST',
    body: JSON.stringify({ text }),
  });
  const output = el('div', { class: 'workbench-output', lang: 'ja' }, trusted(r.html.replace(/\n/g, '<br>')));
  if (!$<HTMLInputElement>('workbench-furigana').checked) output.classList.add('no-furigana');
  const metric = (label: string, key: string, digits = 1) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, label),
      el('td', {}, (r.before[key] ?? 0).toFixed(digits)),
      el('td', {}, (r.after[key] ?? 0).toFixed(digits)),
    );
  const copy = (label: string, value: string) => {
    const b = el('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', () => {
      void navigator.clipboard?.writeText(value).then(() => announce('コピーしました / Copied'));
    });
    return b;
  };
  const changes = el(
    'ol',
    { class: 'changes' },
    ...r.changes.map((c) =>
      el(
        'li',
        {},
        el('del', {}, c.before),
        ' → ',
        el('ins', {}, c.after),
        el('br'),
        el('small', {}, `${c.explain}（${c.rule}）`),
      ),
    ),
  );
  const use = onUse ? el('button', { type: 'button' }, 'この文を使う / Use this') : null;
  use?.addEventListener('click', () => onUse?.(r.plain));
  target.replaceChildren(
    el('h3', {}, '結果 / Result'),
    output,
    el(
      'p',
      { class: 'row' },
      copy('コピー（文字だけ）/ Plain', r.plain),
      copy('コピー（読みを括弧で）/ With readings', r.parens),
      copy('コピー（HTML）/ HTML', r.html),
      ...(use ? [use] : []),
    ),
    el(
      'table',
      { class: 'metrics' },
      el('caption', {}, '読みやすさ / Readability'),
      el(
        'tr',
        {},
        el('th', {}, ''),
        el('th', { scope: 'col' }, '前 / Before'),
        el('th', { scope: 'col' }, '後 / After'),
      ),
      metric('jReadability（高いほど易しい）', 'jReadability', 2),
      metric('1文の平均文字数 / chars per sentence', 'meanChars'),
      metric('文の数 / sentences', 'sentences', 0),
    ),
    el('h3', {}, `使ったルール / Rules applied (${r.changes.length})`),
    changes,
  );
}

// ---- live chat ----
let desk: DeskView = { waiting: [], mine: [], online: 0 };
const drafts = new Map<string, string>();

const LOCALE_NAME = (code: string) => languages.find((l) => l.code === code)?.name ?? code;
const SYSTEM_TEXT: Record<string, string> = {
  accepted: '対応を始めました / accepted',
  'ended:staff': '職員が終了しました / ended by staff',
  'ended:resident': '住民が終了しました / the resident left',
  'ended:timeout': '待ち時間の上限で終了 / ended: waited too long',
  'ended:closed': '対応時間外・職員不在で終了 / ended: nobody available',
};

function lineView(l: CaseLine): HTMLElement {
  const who =
    l.from === 'resident'
      ? '住民'
      : l.from === 'staff'
        ? (l.staff ?? '職員')
        : l.from === 'bot'
          ? 'ボット'
          : '';
  const text = l.from === 'system' ? (SYSTEM_TEXT[l.text] ?? l.text) : l.text;
  return el('p', { class: `line-${l.from}` }, who ? el('strong', {}, `${who}: `) : '', text);
}

function renderDesk(): void {
  $('queue-count').textContent = desk.waiting.length ? String(desk.waiting.length) : '';
  $('presence').textContent = `オンライン ${desk.online} 人 / ${desk.online} online`;
  $('queue').replaceChildren(
    ...desk.waiting.map((c) => {
      const accept = el('button', { type: 'button', 'data-accept': c.id }, '対応する / Accept');
      accept.addEventListener(
        'click',
        () =>
          void api<DeskView>(`/staff/api/handoff/${c.id}/accept`, { method: 'POST' })
            .then(update)
            .catch((e: Error) => announce(e.message)),
      );
      const waited = Math.max(0, Math.round((Date.now() - c.queuedAt) / 60000));
      return el(
        'li',
        { 'data-case': c.id },
        el('strong', {}, `${LOCALE_NAME(c.locale)} · ${c.channel} · ${c.topic ?? '—'}`),
        el('span', {}, ` ${waited} 分待ち / ${waited} min`),
        el('div', { class: 'chat-log' }, ...c.lines.map(lineView)),
        accept,
      );
    }),
  );
  const chats = $('chats');
  const focused =
    document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.dataset.case : undefined;
  chats.replaceChildren(
    ...desk.mine.map((c) => {
      const log = el(
        'div',
        { class: 'chat-log', 'aria-live': 'polite', 'aria-label': '会話 / Conversation' },
        ...c.lines.map(lineView),
      );
      const box = el(
        'article',
        { class: 'chat', 'data-chat': c.id },
        el('h2', {}, `${LOCALE_NAME(c.locale)} · ${c.channel}`),
        log,
      );
      if (c.state === 'active') {
        const input = el('textarea', {
          rows: '3',
          'data-case': c.id,
          'aria-label': '返信 / Reply',
          maxlength: '2000',
        });
        input.value = drafts.get(c.id) ?? '';
        input.addEventListener('input', () => drafts.set(c.id, input.value));
        const send = el('button', { type: 'submit' }, '送信 / Send');
        const easy = el(
          'button',
          { type: 'button', class: 'secondary' },
          'やさしい日本語に / Simplify first',
        );
        const preview = el('div', { class: 'preview' });
        easy.addEventListener(
          'click',
          () =>
            void runWorkbench(input.value, preview, (plain) => {
              input.value = plain;
              drafts.set(c.id, plain);
              preview.replaceChildren();
              input.focus();
            }),
        );
        const end = el('button', { type: 'button', class: 'secondary', 'data-end': c.id }, '終了 / End chat');
        end.addEventListener(
          'click',
          () => void api<DeskView>(`/staff/api/handoff/${c.id}/end`, { method: 'POST' }).then(update),
        );
        const form = el(
          'form',
          { class: 'reply' },
          input,
          el('p', { class: 'row' }, send, easy, end),
          preview,
        );
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          const text = input.value.trim();
          if (!text) return;
          void api<DeskView>(`/staff/api/handoff/${c.id}/message`, {
            method: 'POST',
            body: JSON.stringify({ text }),
          })
            .then((v) => {
              drafts.delete(c.id);
              update(v);
            })
            .catch((err: Error) => announce(err.message));
        });
        box.append(form);
      } else {
        box.append(el('p', {}, '終了しました / This chat has ended.'));
      }
      return box;
    }),
  );
  // The newest lines in view (only possible once the logs are in the page).
  for (const log of chats.querySelectorAll<HTMLElement>('.chat-log')) log.scrollTop = log.scrollHeight;
  if (focused) chats.querySelector<HTMLTextAreaElement>(`textarea[data-case="${focused}"]`)?.focus();
}

function update(view: DeskView): void {
  const before = desk.waiting.length;
  desk = view;
  renderDesk();
  if (view.waiting.length > before)
    announce(`待っている住民 ${view.waiting.length} 人 / ${view.waiting.length} waiting`);
}

function connectEvents(): void {
  const source = new EventSource('/staff/api/events');
  source.addEventListener('handoff', (e) => update(JSON.parse((e as MessageEvent<string>).data) as DeskView));
  source.addEventListener('error', () => {
    $('presence').textContent = '再接続中… / reconnecting…';
  });
}

// ---- insights ----
async function loadInsights(): Promise<void> {
  const from = document.querySelector<HTMLInputElement>('#insights-from')?.value ?? '';
  const to = document.querySelector<HTMLInputElement>('#insights-to')?.value ?? '';
  const query = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const data = await api<{
    charts: Record<string, string>;
    summary: {
      from: string;
      to: string;
      helpfulness: Array<{ topic: string; rate: number | null; helpful: number; notHelpful: number }>;
      unansweredGroups: Array<{ representative: string; count: number }>;
      handoff: { count: number; medianMs: number | null; p90Ms: number | null };
    };
  }>(`/staff/api/insights${query}`);
  const charts = el('div', { class: 'charts' });
  for (const svg of Object.values(data.charts)) charts.append(el('figure', {}, trusted(svg)));
  const rates = el(
    'table',
    { class: 'metrics', id: 'helpful-rates' },
    el('caption', {}, '役に立った率 / Helpful rate'),
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, '話題 / Topic'),
      el('th', { scope: 'col' }, 'はい'),
      el('th', { scope: 'col' }, 'いいえ'),
      el('th', { scope: 'col' }, '%'),
    ),
    ...data.summary.helpfulness.map((h) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, h.topic),
        el('td', {}, String(h.helpful)),
        el('td', {}, String(h.notHelpful)),
        el('td', {}, h.rate === null ? '—' : `${Math.round(h.rate * 100)}%`),
      ),
    ),
  );
  const unanswered = el(
    'ol',
    { id: 'unanswered' },
    ...data.summary.unansweredGroups.map((g) => el('li', {}, `${g.representative}（${g.count}）`)),
  );
  const minutes = (ms: number | null) => (ms === null ? '—' : `${(ms / 60000).toFixed(1)} 分`);
  const csv = el(
    'p',
    { class: 'row' },
    ...['topics', 'feedback', 'unanswered', 'handoff'].map((k) =>
      el(
        'a',
        {
          class: 'button secondary',
          href: `/staff/api/insights.csv${query}&kind=${k}`,
          download: `insights-${k}.csv`,
        },
        `CSV: ${k}`,
      ),
    ),
  );
  const picker = el(
    'form',
    { class: 'row', id: 'insights-range' },
    el('label', { for: 'insights-from' }, '開始日 / From'),
    el('input', { type: 'date', id: 'insights-from', value: data.summary.from }),
    el('label', { for: 'insights-to' }, '終了日 / To'),
    el('input', { type: 'date', id: 'insights-to', value: data.summary.to }),
    el('button', { type: 'submit' }, '表示 / Show'),
  );
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    void loadInsights().catch((err: Error) => announce(err.message));
  });
  $('insights').replaceChildren(
    picker,
    charts,
    rates,
    el('h3', {}, '答えられなかった質問 / Unanswered questions (scrubbed)'),
    unanswered,
    el(
      'p',
      { id: 'handoff-waits' },
      `チャット対応 ${data.summary.handoff.count} 件、待ち時間の中央値 ${minutes(data.summary.handoff.medianMs)}、90% ${minutes(data.summary.handoff.p90Ms)}`,
    ),
    csv,
  );
}

// ---- start ----
async function startConsole(): Promise<void> {
  me = await api<Me>('/staff/api/me');
  $('me').textContent = `${me.displayName}（${me.role === 'admin' ? '管理者' : '職員'}）`;
  $('tab-insights').hidden = me.role !== 'admin';
  languages = await api<Array<{ code: string; name: string }>>('/staff/api/locales');
  const select = $<HTMLSelectElement>('script-locale');
  select.replaceChildren(
    ...languages
      .filter((l) => l.code !== 'ja')
      .map((l) => el('option', { value: l.code }, `${l.name} (${l.code})`)),
  );
  select.value = 'en';
  select.addEventListener('change', () => {
    if (currentTopic) void showTopic(currentTopic);
  });
  $('script-search').addEventListener('submit', (e) => {
    e.preventDefault();
    void searchTopics();
  });
  $<HTMLInputElement>('script-q').addEventListener('input', () => void searchTopics());
  $('workbench-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void runWorkbench($<HTMLTextAreaElement>('workbench-in').value, $('workbench-out')).catch((err: Error) =>
      announce(err.message),
    );
  });
  $<HTMLInputElement>('workbench-furigana').addEventListener('change', (e) => {
    document
      .querySelector('.workbench-output')
      ?.classList.toggle('no-furigana', !(e.target as HTMLInputElement).checked);
  });
  $('logout').addEventListener('click', () => {
    void api<unknown>('/staff/logout', { method: 'POST' }).finally(() => {
      location.href = '/staff/login';
    });
  });
  setupTabs();
  await searchTopics();
  connectEvents();
}

const pageKind = document.body.dataset.page;
if (pageKind === 'console') {
  void startConsole().catch((err: Error) => announce(err.message));
} else if (pageKind === 'handout') {
  document.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
}
