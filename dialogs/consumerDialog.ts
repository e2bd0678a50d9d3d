import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import type { Router } from '../knowledge/routing/router';
import { action } from './actions';
import type { DeskAsked } from './deskQuestions';
import { DESK_QUESTIONS, deskAnswer, deskAsked, deskQuestion } from './deskQuestions';
import { CONSUMER_DIALOG, COOLING_OFF_DIALOG, SCAM_CHECK_DIALOG } from './ids';
import { leavesBy, typedChoice } from './inputs';
import type { Choice } from './presenter';
import type { DialogDeps, TopicOptions, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';
import { followsScamAdvice, SCAM_INTENTS } from './scamCheckDialog';

export { CONSUMER_DIALOG };

const CHOICES = ['scamCheck', 'coolingOff', 'consult', 'young'] as const;
export const CONSUMER_CONTACTS = ['consumerCentre', 'hotline188'];
/**
 * The answers that list the desks (where to consult, age 18 and over), by their intent; undefined
 * when one was reached by the menu, whose answers keep no intent (all of them list these desks).
 * The scam advice asked in words and the cooling-off answer keep theirs, and read their own
 * follow-ups.
 */
const DESKS_ANSWERED: ReadonlyArray<string | undefined> = [undefined, 'consult', 'young'];

/**
 * Asked at the menu, these are about the desks it offers: their answer rather than the menu again.
 * Not the fee: 料金 there is more often a bill (未払い料金があります) than "is it free?".
 */
const MENU_DESK_QUESTIONS = [
  ...DESK_QUESTIONS,
  'weekend',
  'where',
] as const satisfies readonly QuestionKind[];

const menuChoices = (): Choice[] =>
  CHOICES.map((c) => ({ value: action.opt(c), label: `consumer:choice.${c}` }));

/** Consumer trouble (消費者被害): the scam check, the cooling-off calculator, where to consult. */
export class ConsumerDialog extends TopicDialog {
  private readonly questions: QuestionWords;
  private readonly router: Router;

  /** The scam check and the calculator are children of this dialog, so reprompts find them. */
  constructor(deps: DialogDeps, scamCheck: TopicDialog, coolingOff: TopicDialog) {
    super(CONSUMER_DIALOG, deps);
    this.questions = deps.questions;
    this.router = deps.router;
    this.flow(
      (s) => this.pick(s),
      (s) => this.dispatch(s),
      (s) => this.done(s),
    );
    this.addDialog(scamCheck);
    this.addDialog(coolingOff);
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    // "Until what time?", "do I need an appointment?" right after the desks' answer: about those
    // desks, so one line and their cards (the hours on record are on them), not the same answer
    // again nor the menu. So too when asked first (詐欺の相談は何時まで？ got the menu,
    // 消費者センターは予約いる？ the desks' answer, which says nothing of an appointment).
    // Right after the cooling-off answer too: "何時まで相談できるん？" asks about the desks it ends
    // with (it got the calculator's "what kind of sale?" again).
    // Right after the scam advice too, which ends with the same desks (何時まで相談できますか got
    // the advice again), unless the question is about the advice (いくら戻ってくる？).
    const followUp = this.followUp(step);
    const afterDesks = DESKS_ANSWERED.includes(intent);
    const afterAdvice = followUp && intent !== undefined && SCAM_INTENTS.includes(intent);
    const desks = afterDesks || afterAdvice || (intent === 'coolingOff' && followUp);
    const said = desks ? this.said(step) : undefined;
    const asks = said ? this.questions.asks(said) : undefined;
    // "Where is it?", "on Saturday?", "is it free?" only after an answer: asked first, "where do I
    // consult?" wants the desks' answer. "Is it free?" only after the desks' own answer: after the
    // advice, いくら asks about the money; after the cooling-off answer, whether cancelling costs.
    const kind = asks && (followUp ? deskAsked(asks) : deskQuestion(asks));
    const asked =
      (kind === 'fee' && !afterDesks) || (afterAdvice && asks && followsScamAdvice(intent, asks))
        ? undefined
        : kind;
    if (asked) return this.desks(step, asked);
    if (intent && SCAM_INTENTS.includes(intent)) {
      const text = this.said(step);
      const followUp = this.followUp(step) ? { followUp: true } : {};
      return step.beginDialog(
        SCAM_CHECK_DIALOG,
        this.childOptions(step, { intent, ...(text ? { text } : {}), ...followUp }),
      );
    }
    if (intent && (CHOICES as readonly string[]).includes(intent)) return step.next(intent);
    return this.ask(step, {
      prompt: 'consumer:intro',
      choices: menuChoices(),
      mode: 'closed',
      detailsBack: [...MENU_DESK_QUESTIONS],
    });
  }

  /** The desk question typed at the menu, if it is about this service (or none). */
  private askedAtMenu(step: WaterfallStepContext, text: string | undefined): DeskAsked | undefined {
    if (text === undefined) return undefined;
    const route = this.router.route(text, this.say(step).locale);
    if (route.topic !== 'consumer' && leavesBy(route)) return undefined;
    const asked = deskAsked(this.questions.asks(text));
    return MENU_DESK_QUESTIONS.find((kind) => kind === asked);
  }

  /** The line for a question about the consumer desks, their cards, and the end of this path. */
  private async desks(step: WaterfallStepContext, asked: DeskAsked): Promise<DialogTurnResult> {
    await this.send(step, deskAnswer(this.say(step), asked, CONSUMER_CONTACTS));
    return step.endDialog({ answered: 'consumer' } satisfies TopicResult);
  }

  private async dispatch(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // The scam check, begun at once for a scam named in words, has ended.
    if (step.result && typeof step.result === 'object' && !('kind' in step.result)) return this.done(step);
    // Asked at the menu (कति बजेसम्म खुल्छ? got the menu again): about the desks it offers, unless
    // it names another service (住民票は土曜日も？).
    const choice = this.choiceOf(step);
    if ('reroute' in choice) {
      const asked = this.askedAtMenu(step, choice.reroute.reroute);
      if (!asked) return step.endDialog(choice.reroute);
      if (asked !== 'where') return this.desks(step, asked);
    }
    // "Where?" at the menu asks where to consult: its "consult" choice.
    const value = 'reroute' in choice ? 'consult' : choice.value;
    const say = this.say(step);
    switch (value) {
      case 'scamCheck':
        return step.beginDialog(SCAM_CHECK_DIALOG, this.childOptions(step, {}));
      case 'coolingOff': {
        // Asked in words ("I signed a door-to-door contract on 11/20"): the calculator reads the
        // sale type and the date from them instead of asking again. A tapped menu has no words.
        const text = this.intent(step) === 'coolingOff' ? this.said(step) : undefined;
        // Right after its answer ("I paid by card"), the calculator answers about that answer.
        const followUp = this.followUp(step) ? { followUp: true } : {};
        return step.beginDialog(
          COOLING_OFF_DIALOG,
          this.childOptions(step, { ...(text ? { text } : {}), ...followUp }),
        );
      }
      case 'young':
        await this.send(step, [say.text('consumer:young'), say.contacts(CONSUMER_CONTACTS)]);
        return step.endDialog({ answered: 'consumer' });
      default:
        await this.send(step, [say.text('consumer:consult'), say.contacts(CONSUMER_CONTACTS)]);
        return step.endDialog({ answered: 'consumer' });
    }
  }

  /**
   * What the scam check or the calculator ended with. This menu's own label typed at their
   * question (相談窓口 at "which kind of sale?") is this menu's choice: the router would read
   * 相談窓口 as the crime-victim desk.
   */
  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as TopicResult | undefined;
    if (result?.reroute !== undefined) {
      const value = typedChoice(this.say(step), menuChoices(), result.reroute);
      const choice = value && CHOICES.find((c) => action.opt(c) === value);
      if (choice) return step.replaceDialog(this.initialDialogId, { intent: choice } satisfies TopicOptions);
    }
    return step.endDialog(step.result);
  }
}
