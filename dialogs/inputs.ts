import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './botbuilderDialogs';
import { ActivityTypes } from 'botbuilder';
import { todayInJapan, isoDate, parseIsoDate } from '../knowledge/calendar';
import { dateExample, dateReadingFor, parseDateInput, saysNotReceived } from '../knowledge/dateInput';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import type { RouteResult, Router } from '../knowledge/routing/router';
import type { Locale } from '../knowledge/types';
import { fold } from '../knowledge/routing/normalize';
import type { Clock } from '../bot/clock';
import { action, parseAction } from './actions';
import { cardAnswerIn } from './cardAnswers';
import { CHOICE_INPUT, DATE_INPUT } from './ids';
import type { Choice, Presenter, Say } from './presenter';

/** What an input step returns: a recognised answer, or free text the main dialog should route. */
export type InputResult =
  { kind: 'choice'; value: string } | { kind: 'date'; iso: string } | { kind: 'text'; text: string };

export interface ChoiceInputOptions {
  /** i18n keys sent before the question (answers, explanations). */
  before?: Array<[string, Record<string, unknown>?]>;
  prompt: string;
  promptVars?: Record<string, unknown>;
  choices: Choice[];
  /** open: any other text is handed back to be routed (menus). closed: ask again unless it names another topic. */
  mode: 'open' | 'closed';
  /**
   * The question comes right after an answer ("was this helpful?", "see other support?"): once
   * more, or a change of language, answers it with action.again() to give that answer again.
   */
  followsAnswer?: boolean;
  /**
   * The details the asking dialog answers itself: a closed question hands text that asks about
   * one of them ("how much?", "where?", "on Saturday?") back at once instead of asking again,
   * since the dialog knows what it is about (the 住民票 chosen a step before).
   */
  detailsBack?: QuestionKind[];
  /**
   * A date, or "I have not received it", typed here is handed back at once: the cooling-off sale
   * type is asked before the day the document came, and residents often give the day first.
   */
  datesBack?: boolean;
  /**
   * The question's answers also read from the resident's own words, not only the buttons' labels
   * ("かーどは もってません" at the My Number card question is "no"): asked again, it was not read.
   */
  typedAnswers?: 'myNumberCard';
  /**
   * Asked without a word: the words before it closed the exchange (the crime-victim path's goodbye),
   * and the next message is still read here. Asked again (a change of language), it is shown.
   */
  quiet?: boolean;
}

/** The readers of typedAnswers: the answer (a button's value without "opt:") the words give. */
const TYPED_ANSWERS: Record<
  NonNullable<ChoiceInputOptions['typedAnswers']>,
  (text: string) => string | undefined
> = { myNumberCard: cardAnswerIn };

export interface ChoiceInputState {
  options: ChoiceInputOptions;
  retries: number;
}

const MAX_RETRIES = 1;

/** The text a user sent, with the code of a tapped button if there was one. */
/**
 * Turn-state key: the value of the open question's button that this message stands for, as
 * recognised before the dialogs ran (a typed "はい" or "thanks" in any language, see Interrupts).
 */
const PRESET_CHOICE = Symbol('presetChoice');

/**
 * Answers the open question with `value` (one of its buttons' unless `anyValue`: a code only the
 * bot sends, such as action.again) through the dialogs' own continueDialog, so every dialog
 * around the question resumes as it would after a tap. (Ending the question from outside resumed
 * only its parent: the component dialogs around it never ended, the answer came without "was this
 * helpful?", and the next message was lost to the menu.)
 */
export async function answerWith(dc: DialogContext, value: string, anyValue = false): Promise<void> {
  dc.context.turnState.set(PRESET_CHOICE, { value, anyValue });
  try {
    await dc.continueDialog();
  } finally {
    dc.context.turnState.delete(PRESET_CHOICE);
  }
}

export function incomingText(dc: DialogContext): string {
  const activity = dc.context.activity;
  return typeof activity.text === 'string' ? activity.text.trim() : '';
}

/** How many characters a retyped label may add or drop (a particle, a polite ending). */
const NEAR_EXTRA_CHARS = 2;

/** Folded text written in kana, kanji or hangul: a few of these characters are already a word. */
const DENSE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

/**
 * Whether two folded texts are the same words give or take a particle: the shorter is the longer
 * with at most NEAR_EXTRA_CHARS characters left out, and is long enough to mean something on its
 * own (3 characters in kana, kanji or hangul, 5 in other scripts: "yes" is not "eyes"). A longer
 * label may also have up to NEAR_EXTRA_CHARS characters changed (어떤 지원이 있나요 for 있는지): at
 * 6 dense or 10 other characters, two changed ones no longer make another button (いいえ, いいよ).
 */
function nearlyEqual(a: string, b: string): boolean {
  const ca = [...a];
  const cb = [...b];
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (long.length - short.length > NEAR_EXTRA_CHARS) return false;
  const dense = DENSE_SCRIPT.test(short.join(''));
  if (short.length < (dense ? 3 : 5)) return false;
  let i = 0;
  for (const ch of long) if (i < short.length && ch === short[i]) i++;
  if (i === short.length) return true;
  return short.length >= (dense ? 6 : 10) && editDistance(short, long) <= NEAR_EXTRA_CHARS;
}

/** Levenshtein distance of two short strings (labels: a few dozen characters). */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The button whose label (or its reading) the text is, give or take a particle; undefined when
 * none or more than one. For a dialog that reads a label typed where its own question is no
 * longer open (the consumer menu's 相談窓口 typed at the sale-type question).
 */
export function typedChoice(say: Say, choices: readonly Choice[], text: string): string | undefined {
  const typed = fold(text);
  if (!typed || [...text].length > 100) return undefined;
  const exact = choices.find((c) => say.foldedForms(c).includes(typed));
  if (exact) return exact.value;
  const near = choices.filter((c) => say.foldedForms(c).some((form) => nearlyEqual(typed, form)));
  return near.length === 1 ? near[0]!.value : undefined;
}

/** Typed text shorter than this is not matched inside a label (た, "a"). */
const MIN_PART_CHARS = 2;

/**
 * A question with buttons that also accepts typing: the button code, the label, or its number.
 * The question is stored as keys, not text, so a reprompt after a language change speaks the new language.
 */
export class ChoiceInput extends Dialog<ChoiceInputOptions> {
  constructor(
    private readonly presenter: Presenter,
    private readonly router: Router,
    private readonly questions: QuestionWords,
    private readonly clock: Clock,
  ) {
    super(CHOICE_INPUT);
  }

  override async beginDialog(dc: DialogContext, options?: ChoiceInputOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('ChoiceInput needs options');
    const state: ChoiceInputState = { options, retries: 0 };
    dc.activeDialog!.state = state;
    if (!options.quiet) await this.send(dc, options, true);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== (ActivityTypes.Message as string)) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as ChoiceInputState;
    const text = incomingText(dc);
    const preset = dc.context.turnState.get<{ value: string; anyValue: boolean } | undefined>(PRESET_CHOICE);
    const value =
      preset && (preset.anyValue || state.options.choices.some((c) => c.value === preset.value))
        ? preset.value
        : (this.recognize(dc, state.options.choices, text, state.options.mode === 'closed') ??
          this.typedAnswer(state.options, text));
    if (value !== null) return dc.endDialog({ kind: 'choice', value } satisfies InputResult);
    const otherTopic = leavesQuestion(this.router, text, this.presenter.for(dc.context).locale);
    const asked = state.options.detailsBack?.length ? this.questions.asks(text) : undefined;
    const details = asked !== undefined && state.options.detailsBack!.some((kind) => asked.has(kind));
    if (
      state.options.mode === 'open' ||
      otherTopic ||
      details ||
      (state.options.datesBack === true && this.isDate(dc, text)) ||
      state.retries >= MAX_RETRIES ||
      parseAction(text)
    ) {
      return dc.endDialog({ kind: 'text', text } satisfies InputResult);
    }
    state.retries += 1;
    await this.send(dc, state.options, false);
    return Dialog.EndOfTurn;
  }

  /** The button the resident's own words answer with (typedAnswers), or null. */
  private typedAnswer(options: ChoiceInputOptions, text: string): string | null {
    if (!options.typedAnswers || text.length === 0 || text.length > 100) return null;
    const answer = TYPED_ANSWERS[options.typedAnswers](text);
    return options.choices.find((c) => answer !== undefined && c.value === action.opt(answer))?.value ?? null;
  }

  /** A date read as the date question would, or "I have not received it". */
  private isDate(dc: DialogContext, text: string): boolean {
    const reading = dateReadingFor(this.presenter.for(dc.context).locale);
    return parseDateInput(text, todayInJapan(this.clock.now()), reading) !== null || saysNotReceived(text);
  }

  override async repromptDialog(context: DialogContext['context'], instance: DialogInstance): Promise<void> {
    const state = instance.state as ChoiceInputState;
    const say = this.presenter.for(context);
    await context.sendActivity(
      say.choicesOnly(state.options.prompt, state.options.choices, state.options.promptVars),
    );
  }

  private async send(dc: DialogContext, options: ChoiceInputOptions, first: boolean): Promise<void> {
    const say = this.presenter.for(dc.context);
    const activities = [];
    if (first && options.before && options.before.length > 0)
      activities.push(say.lines(options.before.map(([k, v]) => (v ? [k, v] : k))));
    // Asked again after words it could not read: said so, or the same question alone looks as if
    // the resident's words were not received (本籍が大阪市ではない at the card question).
    if (!first) activities.push(say.text('notAnAnswer'));
    activities.push(say.choicesOnly(options.prompt, options.choices, options.promptVars));
    await dc.context.sendActivities(activities);
  }

  private recognize(
    dc: DialogContext,
    choices: readonly Choice[],
    text: string,
    closed: boolean,
  ): string | null {
    if (text.length === 0 || text.length > 100) return null;
    const exact = choices.find((c) => c.value === text);
    if (exact) return exact.value;
    const say = this.presenter.for(dc.context);
    const typed = fold(text);
    // The label, or its reading, typed as it is or with a particle more or less (시의 상담 창구 for
    // 시 상담 창구, 支援センターは), in an open question too: words that close to one button are that
    // button, not a new question. (No number is near a label: near needs 3 or 5 characters.)
    const byLabel = typedChoice(say, choices, text);
    if (byLabel !== undefined) return byLabel;
    // "2" or "２" picks the second button: how people answer on a phone without quick replies.
    const n = /^\d{1,2}$/.test(typed) ? Number(typed) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]?.value ?? null;
    // Part of one button's label ("住民票" for 住民票の写し, "residence", "その他"): that button, when
    // no other label has it. Only where the buttons are the only answers: in an open question a
    // word may begin a new question.
    if (!closed || [...typed].length < MIN_PART_CHARS || /^\d+$/u.test(typed)) return null;
    const having = choices.filter((c) => say.foldedLabel(c).includes(typed));
    return having.length === 1 ? having[0]!.value : null;
  }
}

export interface DateInputOptions {
  prompt: string;
  retry: string;
  choices: Choice[]; // "today", "yesterday" buttons
}

/** Asks for a past date and reads it in any of the forms parseDateInput knows. */
export class DateInput extends Dialog<DateInputOptions> {
  constructor(
    private readonly presenter: Presenter,
    private readonly router: Router,
    private readonly clock: Clock,
  ) {
    super(DATE_INPUT);
  }

  override async beginDialog(dc: DialogContext, options?: DateInputOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('DateInput needs options');
    dc.activeDialog!.state = { options, retries: 0 };
    await dc.context.sendActivity(this.prompt(dc.context, options.prompt, options.choices));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== (ActivityTypes.Message as string)) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as { options: DateInputOptions; retries: number };
    const typed = incomingText(dc);
    // "1" or "２" picks that button (今日, 昨日), as at any question with buttons.
    const number = /^\s*([0-9０-９]{1,2})\s*$/u.exec(typed)?.[1]?.normalize('NFKC');
    const picked = number ? state.options.choices[Number(number) - 1] : undefined;
    const text = picked ? picked.value : typed;
    const today = todayInJapan(this.clock.now());
    const action = parseAction(text);
    const locale = this.presenter.for(dc.context).locale;
    const date =
      action?.kind === 'opt'
        ? parseIsoDate(action.value.replace(/_/g, '-'))
        : parseDateInput(text, today, dateReadingFor(locale));
    if (date) return dc.endDialog({ kind: 'date', iso: isoDate(date) } satisfies InputResult);
    const otherTopic = leavesQuestion(this.router, text, locale);
    // "I have not received it": no date will come; the dialog that asked answers that.
    const noDate = !action && saysNotReceived(text);
    if (otherTopic || noDate || state.retries >= MAX_RETRIES || (action && action.kind !== 'opt')) {
      return dc.endDialog({ kind: 'text', text } satisfies InputResult);
    }
    state.retries += 1;
    await dc.context.sendActivity(this.prompt(dc.context, state.options.retry, state.options.choices));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], instance: DialogInstance): Promise<void> {
    const { options } = instance.state as { options: DateInputOptions };
    await context.sendActivity(this.prompt(context, options.prompt, options.choices));
  }

  private prompt(context: DialogContext['context'], key: string, choices: Choice[]) {
    const say = this.presenter.for(context);
    const today = todayInJapan(this.clock.now());
    // The example is written the way the resident's language writes dates (24/11 or 11/24).
    return say.text(key, { example: dateExample(today, say.locale) }, choices);
  }
}

/**
 * While a question is open, an answer leaves it only when it is clearly about another topic: a
 * keyword rule or a confident model match. "I don't remember" resembles "you don't understand me"
 * a little, and that must not send a resident who is answering a date question to a person.
 */
export const LEAVE_QUESTION_CONFIDENCE = 0.4;

/** Whether text typed at an open question is clearly about another topic (see above). */
function leavesQuestion(router: Router, text: string, locale: Locale): boolean {
  return leavesBy(router.route(text, locale));
}

/** leavesQuestion on a route already made. */
export function leavesBy(route: RouteResult): boolean {
  return route.topic !== 'fallback' && route.confidence >= LEAVE_QUESTION_CONFIDENCE;
}
