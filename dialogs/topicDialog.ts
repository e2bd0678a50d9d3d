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

/** What a topic dialog hands back to the main dialog. */
export interface TopicResult {
  /** The topic that was answered: the main dialog asks for feedback on it. */
  answered?: TopicId;
  /** Free text the resident typed instead of answering: the main dialog routes it. */
  reroute?: string;
  /** The resident chose to stop: end quietly, no menu, no feedback question. */
  stopped?: boolean;
}

/** What a topic dialog is started with: the routed text's intent, if any. */
export interface TopicOptions {
  intent?: string;
  text?: string;
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
