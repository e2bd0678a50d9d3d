import type {
  DialogContext,
  DialogTurnResult,
  WaterfallStep,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from './botbuilderDialogs';
import type { Reply } from './presenter';
import type { Presenter, Say } from './presenter';
import type { Clock } from '../bot/clock';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { FollowUps } from '../knowledge/routing/followUps';
import type { QuestionWords } from '../knowledge/routing/questionWords';
import type { Router } from '../knowledge/routing/router';
import type { TopicId } from '../knowledge/types';
import { ChoiceInput, DateInput } from './inputs';
import type { ChoiceInputOptions, InputResult } from './inputs';
import type { DateInputOptions } from './inputs';
import { CHOICE_INPUT, DATE_INPUT } from './ids';
import { action } from './actions';

/** What a topic dialog hands back to the main dialog. */
export interface TopicResult {
  /** The topic that was answered: the main dialog asks for feedback on it. */
  answered?: TopicId;
  /** Free text the resident typed instead of answering: the main dialog routes it. */
  reroute?: string;
  /**
   * `reroute` was typed right after this topic's answer to `intent` (at "see other support?"): it
   * may ask about that answer ("is it open on Saturday?"), as text typed at "was this helpful?" may.
   */
  afterAnswer?: boolean;
  /** The goal answered, when the topic found it itself (the certificate chosen at its menu): follow-ups ask about it. */
  intent?: string;
  /** The resident chose to stop: end quietly, no menu, no feedback question. */
  stopped?: boolean;
  /** What the answer was built from: each question asked on the way, with the answer given. */
  picks?: Picks;
}

/**
 * The answers given on the way to an answer, by the question's prompt key ("do you have the
 * card?" → yes): "once more" and a switch of language give that answer again without asking again.
 * Keyed by prompt, not by order, so a step that asks nothing on the way back (an intent known
 * already) cannot shift the others.
 */
export type Picks = Record<string, InputResult>;

/** What a topic dialog is started with: the routed text's intent, if any. */
export interface TopicOptions {
  intent?: string;
  text?: string;
  /** The text asks about the answer just given ("how much?" after the 住民票 answer). */
  followUp?: boolean;
  /** The same answer again: the questions on the way are answered from these, not asked. */
  picks?: Picks;
  /**
   * The intent of this topic's answer given just before (住民票): a question that names another
   * intent of the same topic ("what time does the konbini close?") may still be about it.
   */
  after?: string;
  /**
   * With `followUp`: the answers given on the way to the answer just given (for my mother, no
   * card), which "what do I need?" is about. Read only; they are not asked again nor replayed.
   */
  before?: Picks;
  /**
   * With `followUp`: the words name a language ("¿en español?", 한국어로 상담할 수 있어요?), asking
   * in which languages the answer just given is offered, not for another language here.
   */
  asksLanguage?: boolean;
}

/** A topic's menu: the choices, where their labels live, and router intents that stand for one of them. */
export interface Menu<C extends string> {
  choices: readonly C[];
  /** Locale namespace: labels are `<ns>:choice.<choice>`, the prompt `<ns>:intro` unless given. */
  ns: string;
  prompt?: string;
  aliases?: ReadonlyMap<string, C>;
  /** The menu is offered again right after one of its answers (see ChoiceInputOptions.followsAnswer). */
  followsAnswer?: boolean;
  /** Typed words come back to the dialog at once (it answers some itself), not after one more asking. */
  open?: boolean;
}

/** The answer to each choice of a menu: every choice has one, checked by the compiler. */
export type Answers<C extends string> = Readonly<Record<C, (say: Say) => Reply[]>>;

/** `value` as one of `choices`, or undefined. Values come from outside: no object lookups, so 'constructor' finds nothing. */
function member<C extends string>(choices: readonly C[], value: string | undefined): C | undefined {
  return choices.find((c) => c === value);
}

export interface DialogDeps {
  presenter: Presenter;
  kb: KnowledgeBase;
  router: Router;
  clock: Clock;
  /** Whether a short message asks about the answer just given ("how much?", "and on Saturday?"). */
  followUps: FollowUps;
  /** Which details a question asks about (the fee, the weekend, where…), in 13 languages. */
  questions: QuestionWords;
}

/** A ComponentDialog for one user goal, with the shared inputs and a few helpers. */
export abstract class TopicDialog extends ComponentDialog {
  protected readonly presenter: Presenter;
  /** Whether the answers given to this dialog's questions are kept for giving its answer again. */
  protected readonly remembersPicks: boolean = true;
  protected readonly kb: KnowledgeBase;
  protected readonly clock: Clock;
  protected readonly followUps: FollowUps;

  protected constructor(id: string, deps: DialogDeps) {
    super(id);
    this.presenter = deps.presenter;
    this.kb = deps.kb;
    this.clock = deps.clock;
    this.followUps = deps.followUps;
    this.addDialog(new ChoiceInput(deps.presenter, deps.router, deps.questions, deps.clock));
    this.addDialog(new DateInput(deps.presenter, deps.router, deps.clock));
  }

  /** The steps of this goal, in order; called once by the subclass constructor. */
  protected flow(...steps: WaterfallStep[]): void {
    const id = `${this.id}.flow`;
    this.addDialog(new WaterfallDialog(id, steps));
    this.initialDialogId = id;
  }

  protected say(step: WaterfallStepContext): Say {
    return this.presenter.for(step.context);
  }

  protected ask(step: WaterfallStepContext, options: ChoiceInputOptions): Promise<DialogTurnResult> {
    return this.question(step, CHOICE_INPUT, options);
  }

  /** A date question (the day a contract document arrived). */
  protected askDate(step: WaterfallStepContext, options: DateInputOptions): Promise<DialogTurnResult> {
    return this.question(step, DATE_INPUT, options);
  }

  /** Asks `prompt` with the input dialog `id`, or answers it from the picks being replayed. */
  private question(
    step: WaterfallStepContext,
    id: string,
    options: { prompt: string },
  ): Promise<DialogTurnResult> {
    const picked = this.replayed(step, options.prompt);
    if (picked) return this.decided(step, options.prompt, picked);
    if (this.remembersPicks) this.state(step).asking = options.prompt;
    return step.beginDialog(id, options);
  }

  /**
   * The question `prompt` answered without asking, from the resident's own words (a date in the
   * question, "for my mother"): kept as a pick, so the answer given again takes the same way even
   * where the words are not read again.
   */
  protected decided(step: WaterfallStepContext, prompt: string, answer: string | InputResult) {
    const result: InputResult = typeof answer === 'string' ? { kind: 'choice', value: answer } : answer;
    this.record(step, prompt, result);
    return step.next(result);
  }

  /** Options for a child topic dialog: the picks being replayed go down with them. */
  protected childOptions(step: WaterfallStepContext, options: TopicOptions): TopicOptions {
    const picks = (step.options as TopicOptions | undefined)?.picks;
    return picks ? { ...options, picks } : options;
  }

  private replayed(step: WaterfallStepContext, prompt: string): InputResult | undefined {
    const picks = (step.options as TopicOptions | undefined)?.picks;
    return picks && Object.hasOwn(picks, prompt) ? picks[prompt] : undefined;
  }

  protected record(step: WaterfallStepContext, prompt: string, result: InputResult): void {
    if (result.kind === 'text' || !this.remembersPicks) return;
    const state = this.state(step);
    state.picks = { ...state.picks, [prompt]: result };
  }

  /**
   * This component's own state (not its waterfall's): it outlives the steps and even a
   * replaceDialog of the flow, and endComponent can still read it. It is found up the step's
   * dialog contexts, at the one where this component is the active dialog.
   */
  private state(step: WaterfallStepContext): { picks?: Picks; asking?: string } {
    for (let dc: DialogContext | undefined = step.parent; dc; dc = dc.parent) {
      if (dc.activeDialog?.id === this.id) return dc.activeDialog.state as { picks?: Picks; asking?: string };
    }
    return {};
  }

  /** Every answer hands back the picks made on the way to it, with those of the topics it began. */
  protected override endComponent(outerDC: DialogContext, result: unknown): Promise<DialogTurnResult> {
    const own = (outerDC.activeDialog?.state as { picks?: Picks } | undefined)?.picks;
    if (own && result && typeof result === 'object' && !('kind' in result)) {
      const topic = result as TopicResult;
      return outerDC.endDialog({ ...topic, picks: { ...own, ...topic.picks } } satisfies TopicResult);
    }
    return outerDC.endDialog(result);
  }

  protected async send(step: WaterfallStepContext, replies: Reply[]): Promise<void> {
    await step.context.sendActivities(replies);
  }

  /** Values kept across the steps of this waterfall. */
  protected values(step: WaterfallStepContext): Record<string, unknown> {
    return step.values as Record<string, unknown>;
  }

  /** The intent the router found in the first message, consumed once. */
  protected intent(step: WaterfallStepContext): string | undefined {
    const options = step.options as TopicOptions | undefined;
    return options?.intent;
  }

  /**
   * The intent an answer given for `choice` is remembered by (TopicResult.intent): the router's
   * when it led there (it may say more: myNumberLost), else the choice, picked from the menu. A
   * question right after it ("is it free?") then gets this answer again, not the menu.
   */
  protected answeredIntent<C extends string>(step: WaterfallStepContext, choice: C, menu: Menu<C>): string {
    const intent = this.intent(step);
    if (intent === undefined) return choice;
    return (menu.aliases?.get(intent) ?? intent) === choice ? intent : choice;
  }

  /** Whether the words that started this topic ask about the answer just given. */
  protected followUp(step: WaterfallStepContext): boolean {
    return (step.options as TopicOptions | undefined)?.followUp === true;
  }

  /** The resident's own words that started this topic, when it was asked in words (not tapped). */
  protected said(step: WaterfallStepContext): string | undefined {
    return (step.options as TopicOptions | undefined)?.text;
  }

  /** Go straight to the answer when the router's intent names a choice; otherwise offer the menu. */
  protected offer<C extends string>(step: WaterfallStepContext, menu: Menu<C>): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    const known =
      intent === undefined ? undefined : (menu.aliases?.get(intent) ?? member(menu.choices, intent));
    if (known) return step.next(known);
    return this.ask(step, {
      prompt: menu.prompt ?? `${menu.ns}:intro`,
      choices: menu.choices.map((c) => ({ value: action.opt(c), label: `${menu.ns}:choice.${c}` })),
      mode: menu.open ? 'open' : 'closed',
      ...(menu.followsAnswer ? { followsAnswer: true } : {}),
    });
  }

  /** The choice made at the menu (`fallback` for anything that is not one), or the TopicResult to end with. */
  protected chosen<C extends string>(
    step: WaterfallStepContext,
    choices: readonly C[],
    fallback: C,
  ): C | TopicResult {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return choice.reroute;
    return member(choices, choice.value) ?? fallback;
  }

  /** An input step's result: the chosen value, or a TopicResult to end with when the resident typed something else. */
  protected choiceOf(step: WaterfallStepContext): { value: string } | { reroute: TopicResult } {
    const result = step.result as InputResult | string | undefined;
    const state = this.state(step);
    const asked = state.asking;
    delete state.asking;
    if (typeof result === 'string') return { value: result };
    if (asked && result) this.record(step, asked, result);
    if (!result) return { reroute: {} };
    if (result.kind === 'choice') return { value: result.value.replace(/^opt:/, '') };
    if (result.kind === 'date') return { value: result.iso };
    return { reroute: { reroute: result.text } };
  }
}
