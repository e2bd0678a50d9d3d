/**
 * やさしい窓口 chat widget: one <script src=".../widget.js"> on any page. Talks Direct Line 3.0 to
 * the server it was loaded from (no third-party requests), renders easy Japanese with <ruby>,
 * works with the keyboard and screen readers, and reconnects without losing messages.
 */
import { STYLES } from './styles';

interface Segment {
  text: string;
  reading?: string;
}
interface CardAction {
  type: string;
  title: string;
  value: string;
  channelData?: { ruby?: Segment[] };
}
interface Activity {
  id?: string;
  type: string;
  text?: string;
  locale?: string;
  from?: { id: string; role?: string };
  channelData?: { ruby?: Segment[]; displayText?: string; contacts?: Array<{ nameRuby?: Segment[] }> };
  attachments?: Array<{
    contentType: string;
    content?: { title?: string; subtitle?: string; text?: string; buttons?: CardAction[] };
  }>;
  suggestedActions?: { actions: CardAction[] };
}
interface Session {
  conversationId: string;
  token: string;
  watermark: string | null;
}
interface Config {
  locales: Array<{ code: string; name: string }>;
  strings: Record<string, Record<string, string>>;
}

const script = document.currentScript as HTMLScriptElement | null;
const origin = script ? new URL(script.src).origin : location.origin;
const API = `${origin}/v3/directline`;
const STORAGE_KEY = 'yasashii-madoguchi:session';

class Widget {
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  private readonly launcher: HTMLButtonElement;
  private readonly log: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly status: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly language: HTMLSelectElement;
  private readonly furigana: HTMLInputElement;
  private readonly furiganaLabel: HTMLLabelElement;
  private session: Session | null = null;
  private socket: WebSocket | null = null;
  private readonly seen = new Set<string>();
  private locale: string;
  private retries = 0;
  /** Bot messages rendered so far: tells whether an answer came while a message was being posted. */
  private answers = 0;
  private config: Config = { locales: [], strings: {} };
  /** Puts the widget's own words in the current language; run again on every change of language. */
  private readonly labels: Array<() => void> = [];

  constructor(host: HTMLElement, initialLocale: string) {
    this.locale = initialLocale;
    this.root = host.attachShadow({ mode: 'open' });
    // A constructed stylesheet works on host pages whose CSP forbids inline styles.
    if ('adoptedStyleSheets' in this.root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      this.root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.textContent = STYLES;
      this.root.append(style);
    }

    this.launcher = el('button', {
      class: 'launcher',
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'ym-panel',
    });
    this.launcher.textContent = 'やさしい窓口 / Chat';
    this.panel = el('section', {
      class: 'panel',
      id: 'ym-panel',
      role: 'dialog',
      // Tab is kept inside the open panel (keepFocusInside): it is modal, and says so.
      'aria-modal': 'true',
      'aria-label': 'やさしい窓口',
      hidden: '',
    });

    const header = el('header');
    const title = el('h2', { id: 'ym-title' });
    title.textContent = 'やさしい窓口';
    this.language = el('select');
    this.labelled(() => this.language.setAttribute('aria-label', this.t('language', 'ことば / Language')));
    this.furiganaLabel = el('label');
    this.furigana = el('input', { type: 'checkbox' });
    this.furigana.checked = true;
    this.furiganaLabel.append(this.furigana, document.createTextNode('ふりがな'));
    const size = this.toggle('A+', 'larger', 'もじを おおきく / Larger text', (on) =>
      this.panel.style.setProperty('--size', on ? '20px' : '16px'),
    );
    const contrast = this.toggle('◐', 'contrast', 'コントラスト / High contrast', (on) =>
      this.root.host.classList.toggle('contrast', on),
    );
    const close = el('button', { type: 'button', class: 'close' });
    this.labelled(() => close.setAttribute('aria-label', this.t('close', 'とじる / Close')));
    close.textContent = '×';
    header.append(title, this.language, this.furiganaLabel, size, contrast, close);

    this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', tabindex: '0' });
    this.actions = el('div', { class: 'actions', role: 'group' });
    this.labelled(() => {
      this.log.setAttribute('aria-label', this.t('messages', 'メッセージ / Messages'));
      this.actions.setAttribute('aria-label', this.t('choices', 'えらぶ / Choices'));
    });
    this.status = el('div', { class: 'status', role: 'status' });
    const form = el('form');
    const label = el('label', { for: 'ym-input', class: 'sr-only' });
    this.input = el('input', { id: 'ym-input', type: 'text', autocomplete: 'off', maxlength: '2000' });
    const send = el('button', { type: 'submit' });
    this.labelled(() => {
      label.textContent = this.t('question', 'しつもん / Your question');
      this.input.placeholder = this.t('question', 'しつもん / Question');
      send.textContent = this.t('send', '送信 / Send');
    });
    form.append(label, this.input, send);
    this.panel.append(header, this.log, this.actions, this.status, form);
    this.root.append(this.launcher, this.panel);

    this.launcher.addEventListener('click', () => void this.open());
    close.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      if (e.key === 'Tab') this.keepFocusInside(e);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      // Not sent (offline, a tunnel): the words come back, to send again with one tap, rather
      // than be lost with only a status line to say so.
      void this.send(text).then((sent) => {
        if (!sent && !this.input.value) this.input.value = text;
      });
    });
    this.input.addEventListener('input', () => {
      // The field stops at its limit: say so, rather than cut a pasted text without a word.
      const max = this.input.maxLength;
      if (this.input.value.length >= max)
        this.setStatus(this.t('maxLength', `${max} もじ まで / Up to ${max} characters`, { max }));
    });
    this.language.addEventListener('change', () => {
      const choice = this.config.locales.find((l) => l.code === this.language.value);
      if (!choice) return;
      this.setLocale(choice.code);
      void this.send(`lang:${choice.code}`, choice.name);
    });
    this.furigana.addEventListener('change', () => {
      for (const part of [this.log, this.actions])
        part.classList.toggle('no-furigana', !this.furigana.checked);
    });
  }

  /** A button that is on or off; `key` names its words, `fallback` stands in until they load. */
  private toggle(
    text: string,
    key: string,
    fallback: string,
    apply: (on: boolean) => void,
  ): HTMLButtonElement {
    const b = el('button', { type: 'button', 'aria-pressed': 'false' });
    this.labelled(() => {
      const label = this.t(key, fallback);
      // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
      b.setAttribute('aria-label', `${text} ${label}`);
      b.title = label;
    });
    b.textContent = text;
    b.addEventListener('click', () => {
      const on = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(on));
      apply(on);
    });
    return b;
  }

  /** Tab from the last control goes to the first (and back): the open panel holds the focus. */
  private keepFocusInside(e: KeyboardEvent): void {
    const focusable = [
      ...this.panel.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex="0"]'),
    ].filter((n) => !n.closest('[hidden]') && !(n as HTMLButtonElement).disabled);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.root.activeElement;
    if (!first || !last) return;
    if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    } else if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    }
  }

  private setLocale(code: string): void {
    this.locale = code;
    this.language.value = code;
    this.furiganaLabel.hidden = code !== 'ja-easy';
    for (const apply of this.labels) apply();
  }

  private labelled(apply: () => void): void {
    this.labels.push(apply);
    apply();
  }

  /** The widget's word `key` in the chat's language (from /widget/config), else `fallback` (Japanese / English). */
  private t(key: string, fallback: string, vars: Record<string, string | number> = {}): string {
    const text = this.config.strings[this.locale]?.[key] ?? fallback;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  }

  async open(): Promise<void> {
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.input.focus();
    if (this.session) return;
    await this.loadConfig();
    await this.connect();
  }

  close(): void {
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
  }

  private async loadConfig(): Promise<void> {
    const res = await fetch(`${origin}/widget/config`).catch(() => null);
    if (res?.ok) this.config = (await res.json()) as Config;
    this.language.replaceChildren(
      ...this.config.locales.map((l) => {
        const o = el('option', { value: l.code, lang: l.code === 'ja-easy' ? 'ja' : l.code });
        o.textContent = l.name;
        return o;
      }),
    );
    this.setLocale(this.config.locales.some((l) => l.code === this.locale) ? this.locale : 'ja-easy');
  }

  /** Resumes the conversation kept in this tab, or starts one (and is greeted). */
  private async connect(): Promise<void> {
    const kept = sessionStorage.getItem(STORAGE_KEY);
    if (kept) {
      const session = JSON.parse(kept) as Session;
      const res = await fetch(`${API}/conversations/${session.conversationId}`, {
        headers: auth(session.token),
      }).catch(() => null);
      if (res?.ok) {
        this.session = session;
        this.session.watermark = null; // replay everything into the fresh panel
        this.stream();
        // The kept token may be most of its life old: a new one now, then on the usual rhythm.
        await this.refresh();
        this.keepTokenFresh();
        return;
      }
    }
    const res = await fetch(`${API}/conversations`, { method: 'POST' });
    if (!res.ok) {
      this.setStatus(
        res.status === 429
          ? this.t('busy', 'こみあっています。すこし まってください。/ Busy, please wait.')
          : this.t('cannotConnect', 'つながりません。/ Cannot connect.'),
      );
      return;
    }
    const c = (await res.json()) as { conversationId: string; token: string };
    this.session = { conversationId: c.conversationId, token: c.token, watermark: null };
    this.save();
    this.stream();
    this.keepTokenFresh();
    await this.post({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'visitor' }],
      locale: this.locale,
    } as unknown as Activity);
  }

  /** Tokens last 30 minutes: refreshed well before, also for a conversation resumed after a reload. */
  private keepTokenFresh(): void {
    setInterval(() => void this.refresh(), 15 * 60_000);
  }

  private async refresh(): Promise<void> {
    if (!this.session) return;
    const res = await fetch(`${API}/tokens/refresh`, {
      method: 'POST',
      headers: auth(this.session.token),
    }).catch(() => null);
    if (res?.ok) {
      this.session.token = ((await res.json()) as { token: string }).token;
      this.save();
    }
  }

  /** The WebSocket stream; after a drop it reconnects with the watermark, so nothing is missed. */
  private stream(): void {
    if (!this.session) return;
    const s = this.session;
    const scheme = origin.startsWith('https') ? 'wss' : 'ws';
    const url = `${scheme}://${new URL(origin).host}/v3/directline/conversations/${s.conversationId}/stream?t=${encodeURIComponent(s.token)}${s.watermark !== null ? `&watermark=${s.watermark}` : '&watermark=-1'}`;
    const ws = new WebSocket(url);
    this.socket = ws;
    ws.onopen = () => {
      this.retries = 0;
      this.setStatus('');
    };
    ws.onmessage = (event) => {
      if (typeof event.data !== 'string' || !event.data) return;
      const set = JSON.parse(event.data) as { activities: Activity[]; watermark: string };
      for (const a of set.activities) this.render(a);
      if (set.activities.some((a) => a.type !== 'typing')) {
        s.watermark = set.watermark;
        this.save();
      }
    };
    ws.onclose = () => {
      if (this.socket !== ws) return;
      this.setStatus(this.t('reconnecting', 'つなぎなおしています… / Reconnecting…'));
      const delay = Math.min(30_000, 500 * 2 ** this.retries++);
      setTimeout(() => this.stream(), delay);
    };
  }

  /** true once the server has the message. */
  private async send(text: string, shown?: string): Promise<boolean> {
    return this.post({
      type: 'message',
      text,
      locale: this.locale,
      channelData: { displayText: shown ?? text },
    });
  }

  private async post(activity: Activity): Promise<boolean> {
    if (!this.session) return false;
    // The buttons stay until the message is in: a message that fails keeps them to tap again.
    // Meanwhile they take no second tap.
    const buttons = [...this.actions.querySelectorAll('button')];
    const answersBefore = this.answers;
    const pressed = this.root.activeElement;
    const fromButtons = pressed instanceof HTMLElement && this.actions.contains(pressed);
    for (const b of buttons) b.disabled = true;
    const res = await fetch(`${API}/conversations/${this.session.conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth(this.session.token), 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    }).catch(() => null);
    if (res?.ok) {
      // A button just pressed goes with the others: the focus would fall out of the panel (and
      // Escape with it), so it moves to the messages, where the answer will be read.
      if (fromButtons) this.log.focus();
      // The answer may have come over the stream before this response: its buttons stay.
      if (this.answers === answersBefore) this.actions.replaceChildren();
      this.setStatus('');
      return true;
    }
    for (const b of buttons) b.disabled = false;
    if (fromButtons && pressed.isConnected) pressed.focus();
    if (!res)
      this.setStatus(this.t('notSent', 'おくれませんでした。もう いちど。/ Not sent, please try again.'));
    else if (res.status === 429 || res.status === 503)
      this.setStatus(
        this.t('tryLater', 'すこし まってから もう いちど おくってください。/ Please try again in a moment.'),
      );
    else this.setStatus(this.t('error', 'エラーです。もう いちど。/ Error, please try again.'));
    return false;
  }

  private render(a: Activity): void {
    if (a.type === 'typing') {
      this.setStatus('…');
      return;
    }
    if (a.type !== 'message' || !a.id || this.seen.has(a.id)) return;
    this.seen.add(a.id);
    const fromBot = a.from?.role === 'bot';
    if (!fromBot) {
      const text = a.channelData?.displayText ?? a.text ?? '';
      if (!text) return;
      const bubble = el('div', { class: 'msg user' });
      bubble.textContent = text;
      this.log.append(bubble);
    } else {
      this.answers += 1;
      this.setStatus('');
      if (a.locale) this.setLocale(a.locale);
      if (a.text) {
        const bubble = el('div', {
          class: 'msg bot',
          lang: a.locale === 'ja-easy' ? 'ja' : (a.locale ?? 'ja'),
        });
        const ruby = a.channelData?.ruby;
        withReadings(bubble, ruby?.length ? plainOf(ruby) : a.text, ruby);
        this.log.append(bubble);
      }
      // Contact cards come in the order of channelData.contacts, whose names may carry readings.
      (a.attachments ?? []).forEach((att, i) => {
        if (att.content)
          this.log.append(card(att.content, a.channelData?.contacts?.[i]?.nameRuby, a.locale === 'ja-easy'));
      });
      this.actions.replaceChildren(
        ...(a.suggestedActions?.actions ?? []).map((action) => {
          const b = el('button', { type: 'button' });
          withReadings(b, action.title, action.channelData?.ruby);
          b.addEventListener('click', () => void this.send(String(action.value), action.title));
          return b;
        }),
      );
    }
    this.log.scrollTop = this.log.scrollHeight;
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  private save(): void {
    if (this.session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.session));
  }
}

/**
 * Card lines arrive with easy Japanese's readings in brackets, 時間(じかん), the form every channel
 * can show: here they go back above the word, as in the messages.
 */
function parensToRuby(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(
    /(?<![\p{Script=Han}々])([\p{Script=Han}々]+)\(([\p{Script=Hiragana}ー]+)\)/gu,
  )) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[1]!, reading: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function segmentNode(seg: Segment): Node {
  if (!seg.reading) return document.createTextNode(seg.text);
  const ruby = document.createElement('ruby');
  const rt = document.createElement('rt');
  rt.textContent = seg.reading;
  ruby.append(document.createTextNode(seg.text), rt);
  return ruby;
}

function card(
  content: {
    title?: string;
    subtitle?: string;
    text?: string;
    buttons?: CardAction[];
  },
  titleRuby?: Segment[],
  easy = false,
): HTMLElement {
  const box = el('article', { class: 'card' });
  const h = el('h3');
  withReadings(h, titleRuby?.length ? plainOf(titleRuby) : (content.title ?? ''), titleRuby);
  box.append(h);
  for (const line of [content.subtitle, content.text].filter(Boolean)) {
    const p = el('p');
    const ruby = easy ? parensToRuby(line!) : undefined;
    withReadings(p, ruby ? plainOf(ruby) : line!, ruby);
    box.append(p);
  }
  for (const b of content.buttons ?? []) {
    const value = String(b.value);
    if (!/^(tel:|https?:\/\/)/.test(value)) continue;
    const a = el('a', { href: value, class: value.startsWith('tel:') ? 'tel' : 'web' });
    if (!value.startsWith('tel:')) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    }
    // "110に電話(でんわ)": the call and web buttons carry their readings like every other button.
    withReadings(a, b.title, easy ? b.channelData?.ruby : undefined);
    box.append(a);
  }
  return box;
}

/**
 * Text with its readings shown (<ruby>), read aloud once as written: the readings are hidden from
 * screen readers, which otherwise say each word followed by its reading. Without readings, the text.
 */
function withReadings(target: HTMLElement, plain: string, ruby: Segment[] | undefined): void {
  if (!ruby?.some((s) => s.reading)) {
    target.textContent = plain;
    return;
  }
  const shown = el('span', { 'aria-hidden': 'true' });
  shown.append(...ruby.map(segmentNode));
  const said = el('span', { class: 'sr-only' });
  said.textContent = plain;
  target.append(said, shown);
}

function plainOf(ruby: Segment[]): string {
  return ruby.map((s) => s.text).join('');
}

function auth(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const host = document.createElement('div');
host.id = 'yasashii-madoguchi';
document.body.append(host);
const widget = new Widget(host, script?.dataset.locale ?? document.documentElement.lang ?? 'ja-easy');
if (script?.dataset.open === 'true') void widget.open();
