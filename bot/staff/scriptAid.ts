import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContactView, Presenter } from '../../dialogs/presenter';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Locale } from '../../knowledge/types';
import { TOPIC_IDS } from '../../knowledge/types';
import type { RubySegment } from '../../simplifier/ruby';

export const DEFAULT_SCRIPT_AID_FILE = path.join(__dirname, '..', '..', 'knowledge', 'scriptAid.json');

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z]{2,40}$/u),
    topic: z.enum(TOPIC_IDS),
    title: z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict(),
    keywords: z.array(z.string().min(1)).min(1),
    keys: z.array(z.string().regex(/^[a-z]+:[\w.]+$/u)).min(1),
  })
  .strict();
const fileSchema = z
  .object({ $comment: z.string().optional(), entries: z.array(entrySchema).min(1) })
  .strict();

export type ScriptAidEntry = z.infer<typeof entrySchema>;

/** One entry in one language, as the console shows it. */
export interface ScriptAidText {
  locale: Locale;
  text: string;
  /** Easy Japanese carries readings; other languages have plain segments. */
  ruby: RubySegment[];
  contacts: ContactView[];
}

export interface ScriptAidView {
  id: string;
  topic: string;
  title: { ja: string; en: string };
  ja: ScriptAidText;
  easy: ScriptAidText;
  resident: ScriptAidText;
}

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・･]/gu, '');

/**
 * The counter's script aid: the bot's own answers, topic by topic, in the Japanese the clerk reads,
 * in easy Japanese and in the resident's language side by side. Texts come from the locale files,
 * so the counter and the chat never disagree about a phone number or an hour.
 */
export class ScriptAid {
  private constructor(
    readonly entries: readonly ScriptAidEntry[],
    private readonly presenter: Presenter,
    private readonly kb: KnowledgeBase,
  ) {}

  static load(presenter: Presenter, kb: KnowledgeBase, file = DEFAULT_SCRIPT_AID_FILE): ScriptAid {
    const parsed = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const ids = new Set<string>();
    for (const e of parsed.entries) {
      if (ids.has(e.id)) throw new Error(`script aid: duplicate entry ${e.id}`);
      ids.add(e.id);
    }
    return new ScriptAid(parsed.entries, presenter, kb);
  }

  /** Entries whose title or keywords contain every word of the query (Japanese or English). */
  search(query: string): ScriptAidEntry[] {
    const words = query
      .split(/[\s\u3000]+/u)
      .map(fold)
      .filter(Boolean);
    if (!words.length) return [...this.entries];
    return this.entries.filter((e) => {
      const hay = [e.title.ja, e.title.en, e.topic, ...e.keywords].map(fold).join('\u0000');
      return words.every((w) => hay.includes(w));
    });
  }

  entry(id: string): ScriptAidEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  view(id: string, residentLocale: Locale): ScriptAidView | null {
    const e = this.entry(id);
    if (!e) return null;
    return {
      id: e.id,
      topic: e.topic,
      title: e.title,
      ja: this.render(e, 'ja'),
      easy: this.render(e, 'ja-easy'),
      resident: this.render(e, residentLocale),
    };
  }

  private render(e: ScriptAidEntry, locale: Locale): ScriptAidText {
    const say = this.presenter.forLocale(locale);
    const reply = say.lines(e.keys);
    const ruby = (reply.channelData as { ruby?: RubySegment[] } | undefined)?.ruby ?? [
      { text: reply.text ?? '' },
    ];
    return {
      locale,
      text: reply.text ?? '',
      ruby,
      contacts: this.kb.topic(e.topic).contacts.map((c) => say.contactView(c)),
    };
  }
}
