import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { Reply } from './presenter';
import type { Presenter, Say } from './presenter';
import type { Clock } from '../bot/clock';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Router } from '../knowledge/routing/router';
import type { TopicId } from '../knowledge/types';
import { ChoiceInput, DateInput } from './inputs';
import type { ChoiceInputOptions, InputResult } from './inputs';
import { CHOICE_INPUT } from './ids';
import { action } from './actions';

/** What a topic dialog hands back to the main dialog. */
export interface TopicResult {
  /** The topic that was answered: the main dialog asks for feedback on it. */
  answered?: TopicId;
  /** Free text the resident typed instead of answering: the main dialog routes it. */
  reroute?: string;
  /** The goal answered, when the topic found it itself (the certificate chosen at its menu): follow-ups ask about it. */
  intent?: string;
  /** The resident chose to stop: end quietly, no menu, no feedback question. */
  stopped?: boolean;
}

/** What a topic dialog is started with: the routed text's intent, if any. */
export interface TopicOptions {
  intent?: string;
  text?: string;
  /** The text asks about the answer just given ("how much?" after the 住民票 answer). */
  followUp?: boolean;
}

/** A topic's menu: the choices, where their labels live, and router intents that stand for one of them. */
export interface Menu<C extends string> {
  choices: readonly C[];
  /** Locale namespace: labels are `<ns>:choice.<choice>`, the prompt `<ns>:intro` unless given. */
  ns: string;
  prompt?: string;
  aliases?: ReadonlyMap<string, C>;
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
}

/** A ComponentDialog for one user goal, with the shared inputs and a few helpers. */
export abstract class TopicDialog extends ComponentDialog {
  protected readonly presenter: Presenter;
  protected readonly kb: KnowledgeBase;
  protected readonly clock: Clock;

  protected constructor(id: string, deps: DialogDeps) {
    super(id);
    this.presenter = deps.presenter;
    this.kb = deps.kb;
    this.clock = deps.clock;
    this.addDialog(new ChoiceInput(deps.presenter, deps.router));
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
    return step.beginDialog(CHOICE_INPUT, options);
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
      mode: 'closed',
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
    if (typeof result === 'string') return { value: result };
    if (!result) return { reroute: {} };
    if (result.kind === 'choice') return { value: result.value.replace(/^opt:/, '') };
    if (result.kind === 'date') return { value: result.iso };
    return { reroute: { reroute: result.text } };
  }
}
