import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '../types';
import { ALL_LOCALES } from '../types';
import { fold, foldWords } from './normalize';

/** The time of day a greeting names (おはよう, こんばんは): the bot greets back in kind. */
export type GreetingTime = 'morning' | 'evening';

export type Command =
  | { kind: 'help' | 'restart' | 'stop' | 'language' | 'thanks' }
  /** "Once more", もう一回: the answer just given, again. */
  | { kind: 'again' }
  /** Small talk ("how are you", "lol"): no question for a service; a friendly word and the menu. */
  | { kind: 'smallTalk' }
  /**
   * "I have a problem", 困っています, 相談したいです: a request for help that names no service. The
   * example model would guess one from so few words (a job search, crime victims); the resident is
   * asked what it is about instead.
   */
  | { kind: 'vague' }
  /** A bare yes or no: the answer to a question, or, with none open, no request at all. */
  | { kind: 'answer'; yes: boolean }
  /** "I don't know", わからない: the open question's "not sure" or "other" button, if it has one. */
  | { kind: 'dontKnow' }
  | { kind: 'greet'; time?: GreetingTime }
  | { kind: 'setLanguage'; locale: Locale };

const commandsFileSchema = z
  .object({
    greet: z.array(z.string().min(1)),
    greetMorning: z.array(z.string().min(1)),
    greetEvening: z.array(z.string().min(1)),
    thanks: z.array(z.string().min(1)),
    smallTalk: z.array(z.string().min(1)),
    vague: z.array(z.string().min(1)).default([]),
    /** Words a vague request may open with (すみません, "hi"): 'すみません、相談したいです' is one too. */
    openers: z.array(z.string().min(1)).default([]),
    yes: z.array(z.string().min(1)),
    no: z.array(z.string().min(1)),
    dontKnow: z.array(z.string().min(1)),
    help: z.array(z.string().min(1)),
    restart: z.array(z.string().min(1)),
    stop: z.array(z.string().min(1)),
    language: z.array(z.string().min(1)),
    again: z.array(z.string().min(1)).default([]),
    languages: z.partialRecord(z.enum(ALL_LOCALES), z.array(z.string().min(1))),
    /** More names of a language, in the other languages (영어, inglês, 英语 for English). */
    languageNames: z.partialRecord(z.enum(ALL_LOCALES), z.array(z.string().min(1))).default({}),
    /** Words around a language's name in a request for it ("in English please", 영어로 해 주세요, 用英语). */
    languageFillers: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type CommandsFile = z.infer<typeof commandsFileSchema>;

export const DEFAULT_COMMANDS_FILE = path.join(__dirname, 'commands.json');

/** A command is a whole message ("menu", "English", "やさしいにほんご"), never a word inside a question. */
const key = (text: string): string => {
  const folded = fold(text);
  return folded.length > 0 ? folded : foldWords(text).trim() || text.trim();
};

/** What ends a yes or no that opens a longer message: a comma or a full stop (はい、 / "yes, "). */
const ANSWER_END = /[、,，。．.!！]/u;

/** A request for a language is short: longer, it is a sentence about something else. */
const MAX_LANGUAGE_REQUEST = 40;

export class CommandRecognizer {
  private readonly table = new Map<string, Command>();
  /** Folded language names → their locale, for requests with words around the name. */
  private readonly names = new Map<string, Locale>();
  /** Filler words: Latin ones as whole words, the others as substrings of the folded text. */
  private readonly fillerWords = new Set<string>();
  private readonly fillerParts: string[] = [];
  /** Folded openers of a vague request. */
  private readonly openers: string[];

  constructor(data: CommandsFile) {
    const parsed = commandsFileSchema.parse(data);
    for (const kind of [
      'smallTalk',
      'greet',
      'thanks',
      'help',
      'restart',
      'stop',
      'language',
      'again',
    ] as const) {
      for (const phrase of parsed[kind]) this.table.set(key(phrase), { kind });
    }
    // After the others: "help" stays the help command, not a vague request.
    for (const phrase of parsed.vague)
      if (!this.table.has(key(phrase))) this.table.set(key(phrase), { kind: 'vague' });
    this.openers = parsed.openers.map(fold).filter((o) => o.length > 0);
    for (const phrase of parsed.yes) this.table.set(key(phrase), { kind: 'answer', yes: true });
    for (const phrase of parsed.no) this.table.set(key(phrase), { kind: 'answer', yes: false });
    for (const phrase of parsed.dontKnow) this.table.set(key(phrase), { kind: 'dontKnow' });
    for (const phrase of parsed.greetMorning) this.table.set(key(phrase), { kind: 'greet', time: 'morning' });
    for (const phrase of parsed.greetEvening) this.table.set(key(phrase), { kind: 'greet', time: 'evening' });
    for (const [locale, phrases] of Object.entries(parsed.languages) as Array<[Locale, string[]]>) {
      for (const phrase of phrases) this.table.set(key(phrase), { kind: 'setLanguage', locale });
    }
    for (const [locale, names] of Object.entries(parsed.languageNames) as Array<[Locale, string[]]>) {
      for (const name of names)
        if (!this.table.has(key(name))) this.table.set(key(name), { kind: 'setLanguage', locale });
    }
    for (const [k, command] of this.table)
      if (command.kind === 'setLanguage') this.names.set(k, command.locale);
    for (const filler of parsed.languageFillers) {
      if (/^[\p{Script=Latin}\s]+$/u.test(filler)) this.fillerWords.add(foldWords(filler).trim());
      else this.fillerParts.push(fold(filler));
    }
    // Longest first: 해주세요 goes before 해, 으로 before 로.
    this.fillerParts.sort((a, b) => b.length - a.length);
  }

  /**
   * "in English please", "em inglês, por favor", 영어로 해 주세요, 用英语: a language's name with
   * only request words around it. The name must be all that is left once they are taken away.
   */
  private languageRequest(text: string): Command | null {
    if ([...text].length > MAX_LANGUAGE_REQUEST || this.names.size === 0) return null;
    const words = foldWords(text)
      .trim()
      .split(' ')
      .filter((w) => w && !this.fillerWords.has(w));
    // One candidate: fold drops spaces, so the words joined with or without them fold alike.
    const folded = fold(words.join(''));
    let rest = folded;
    // includes first: most messages hold none of the request words, and splitting on each of
    // them anyway was most of the time of an ordinary message's command check.
    if (!this.names.has(rest))
      for (const part of this.fillerParts) {
        if (!rest.includes(part)) continue;
        rest = rest.replaceAll(part, '');
        if (this.names.has(rest)) break;
      }
    const locale = this.names.get(rest) ?? this.names.get(folded);
    return locale ? { kind: 'setLanguage', locale } : null;
  }

  /**
   * Whether a short message names a language anywhere in it ("¿en español?", 한국어로 상담할 수
   * 있어요?, 中文可以吗): a question about an answer's language, read by the dialogs where one is
   * expected. Not a request to change the language (recognize).
   */
  namesLanguage(text: string): boolean {
    if ([...text].length > MAX_LANGUAGE_REQUEST) return false;
    const folded = fold(text);
    if (folded.length === 0) return false;
    for (const name of this.names.keys()) if (folded.includes(name)) return true;
    return false;
  }

  static load(file: string = DEFAULT_COMMANDS_FILE): CommandRecognizer {
    return new CommandRecognizer(JSON.parse(readFileSync(file, 'utf8')) as CommandsFile);
  }

  recognize(text: string): Command | null {
    if (text.length > 60) return null;
    const trimmed = text.trim();
    if (trimmed === '?' || trimmed === '？') return { kind: 'help' };
    return this.table.get(key(trimmed)) ?? this.languageRequest(trimmed) ?? this.openedVague(trimmed);
  }

  /**
   * A yes or no that opens a longer message ("はい、いくらですか", "no, how much is it?", 네 얼마예요?):
   * whether it is yes, and the words after it; null when the message does not open with one, or
   * is one. The yes or no ends at a comma or a full stop, or at a space when it is not written in
   * Latin letters: "no" and "ya" open many sentences in Spanish or Indonesian ("no tengo tarjeta").
   */
  leadingAnswer(text: string): { yes: boolean; rest: string } | null {
    const trimmed = text.trim();
    const mark = ANSWER_END.exec(trimmed)?.index;
    const space = /\s/u.exec(trimmed)?.index;
    const ends = [
      mark,
      space !== undefined && !/\p{Script=Latin}/u.test(trimmed.slice(0, space)) ? space : undefined,
    ];
    for (const end of ends) {
      if (end === undefined || end === 0) continue;
      const command = this.table.get(key(trimmed.slice(0, end)));
      const rest = trimmed.slice(end).replace(/^[\s、,，。．.!！]+/u, '');
      if (command?.kind === 'answer' && /\p{L}/u.test(rest)) return { yes: command.yes, rest };
    }
    return null;
  }

  /** すみません、困っています / "hi, I have a question": an opener, then a vague request. */
  private openedVague(text: string): Command | null {
    const folded = fold(text);
    for (const opener of this.openers) {
      if (!folded.startsWith(opener) || folded.length === opener.length) continue;
      if (this.table.get(folded.slice(opener.length))?.kind === 'vague') return { kind: 'vague' };
    }
    return null;
  }
}
