import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { action } from './actions';
import { saleTypeIn } from './coolingOffDialog';
import { FOLLOW_UP_MAX_CHARS } from '../knowledge/routing/followUps';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import { COOLING_OFF_DIALOG, SCAM_CHECK_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { SCAM_CHECK_DIALOG };

export const SCAM_KINDS = [
  'refund',
  'transfer',
  'police',
  'sale',
  // A seller or stranger at the door who will not leave: no sale to cancel yet, a person to send away.
  'visitor',
  'subscription',
  // A link received by SMS or e-mail (a fake delivery notice, a bank 'security check').
  'link',
  'other',
] as const;
type ScamKind = (typeof SCAM_KINDS)[number];

/**
 * What the check answers without asking, besides the kinds on its buttons: money already sent
 * ("I sent 50000 yen and they blocked me", 已经转了). Not a button: the resident says it in words,
 * and "do not send money; hang up" would not listen to them (R9-14).
 */
export const SCAM_INTENTS: readonly string[] = [...SCAM_KINDS, 'sent'];
type Advice = ScamKind | 'sent';

/**
 * Where the police are the first call: a card handed over or money already sent (the advice says
 * what to do if it has happened), or someone at the door who will not leave (staying after being
 * told to go is a matter for 110, not a sale).
 */
const POLICE_FIRST: readonly Advice[] = ['refund', 'transfer', 'sent', 'police', 'visitor'];

/**
 * Scams that send the resident to an ATM: told from in front of it ("I'm at the ATM now, the man on
 * the phone is telling me which buttons to press", nasa ATM na ako ngayon), "do not go to the ATM"
 * comes too late (R10-03); stop, press nothing more, hang up and step away, 110 if unsure.
 */
const AT_ATM: readonly Advice[] = ['refund', 'transfer', 'police'];

/**
 * Advice whose story goes on in the next messages: those where the police come first, and a link
 * opened ("I entered my credit card number", "what should I do now?" got the foreign-residents
 * menu, R10-05): the advice again, whose last line says what to do once details were entered.
 */
const STORY_GOES_ON: readonly Advice[] = [...POLICE_FIRST, 'link'];

/** Advice about money gone, or asked for: "will it come back?" is about that money. */
const MONEY_GONE: readonly Advice[] = ['sent', 'transfer'];

/**
 * Whether a question typed right after the advice for `intent` is about that advice: "will the
 * money come back?" (いくら戻ってくる, which the router reads as a refund scam) after money sent;
 * "should I tell the police?" or "which number?" after advice that names the police first
 * (警察に言うたほうがええ？ got "I did not understand", "what number" the consumer desks without 110);
 * so too "they are coming to my house now" (今から家に来るそうです got "I did not understand"):
 * the fake officer on his way for the card is a matter for 110 at once.
 */
export function followsScamAdvice(intent: string | undefined, asked: ReadonlySet<QuestionKind>): boolean {
  if (!intent || !SCAM_INTENTS.includes(intent)) return false;
  if (asked.has('moneyBack') && MONEY_GONE.includes(intent as Advice)) return true;
  if (asked.has('atAtm') && AT_ATM.includes(intent as Advice)) return true;
  if (!POLICE_FIRST.includes(intent as Advice) || asked.has('noPolice')) return false;
  return asked.has('police') || asked.has('number') || asked.has('calling') || asked.has('coming');
}

/**
 * Whether a short message right after the advice for `intent` tells more of the same story: a
 * scam where the police come first is told over several messages ("he said he had a cold", "I'm
 * going to the bank now", どないしよ), so is a link opened (STORY_GOES_ON), and a message that names no service by a rule (`guessed`:
 * the router found nothing, or only guessed) is about it. It got "I did not understand" or another
 * service's menu, and the advice to stop was not given again.
 */
export function continuesScamStory(intent: string | undefined, text: string, guessed: boolean): boolean {
  return (
    guessed &&
    intent !== undefined &&
    STORY_GOES_ON.includes(intent as Advice) &&
    [...text.trim()].length <= FOLLOW_UP_MAX_CHARS
  );
}

/**
 * Whether a time alone (昨日の夜, "this morning", 2時間前) right after the advice for `intent` tells
 * when it happened: after any scam advice but the sale's, whose calculator reads a date as the
 * contract's. After the SMS link, the subscription and the "something else" advice it got "I did
 * not understand".
 */
export function toldWhen(intent: string | undefined): boolean {
  return intent !== undefined && intent !== 'sale' && SCAM_INTENTS.includes(intent);
}

/** "Is this a scam?": one question about what happened, then concrete advice. */
export class ScamCheckDialog extends TopicDialog {
  private readonly questions: QuestionWords;

  constructor(deps: DialogDeps, coolingOff: TopicDialog) {
    super(SCAM_CHECK_DIALOG, deps);
    this.questions = deps.questions;
    this.flow(
      (s) => this.ask_(s),
      (s) => this.advise(s),
      (s) => this.done(s),
    );
    // After a door-to-door or phone sale the calculator follows at once.
    this.addDialog(coolingOff);
  }

  private async ask_(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    if (intent && SCAM_INTENTS.includes(intent)) return step.next(intent);
    return this.ask(step, {
      prompt: 'consumer:scam.question',
      choices: SCAM_KINDS.map((k) => ({ value: action.opt(k), label: `consumer:scam.${k}` })),
      mode: 'closed',
    });
  }

  private async advise(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const kind = SCAM_INTENTS.includes(choice.value) ? (choice.value as Advice) : 'other';
    const say = this.say(step);
    // At the ATM now, in the first message or after the advice: what to do there, not "do not go".
    const own = this.said(step);
    if (AT_ATM.includes(kind) && own !== undefined && this.questions.asks(own).has('atAtm')) {
      await this.send(step, [
        say.lines(['consumer:scam.atAtm', 'consumer:scam.always']),
        say.contacts(['police110', 'consumerCentre', 'hotline188']),
      ]);
      return step.endDialog({ answered: 'consumer' });
    }
    // A question about the advice just given: its answer, not the same advice again.
    const said = this.followUp(step) ? this.said(step) : undefined;
    const asked = said ? this.questions.asks(said) : undefined;
    if (asked && followsScamAdvice(kind, asked)) {
      const line =
        asked.has('moneyBack') && MONEY_GONE.includes(kind)
          ? 'consumer:scam.moneyBack'
          : 'consumer:scam.callPolice';
      await this.send(step, [say.text(line), say.contacts(['police110', 'consumerCentre', 'hotline188'])]);
      return step.endDialog({ answered: 'consumer' });
    }
    // Only when it happened (きのうのよる, "last night", 3일 전), more of the story told after the
    // advice: thanks for it, and the one thing to do if it has gone further; not the advice again.
    // Where the police are not the first call (a link, a subscription), the desks the advice named.
    if (said !== undefined && toldWhen(kind) && this.followUps.onlyTime(said)) {
      await this.send(
        step,
        POLICE_FIRST.includes(kind)
          ? [say.text('consumer:scam.storyTime')]
          : [say.text('consumer:scam.storyTimeDesks'), say.contacts(['consumerCentre', 'hotline188'])],
      );
      return step.endDialog({ answered: 'consumer', intent: kind });
    }
    if (kind === 'sale') {
      // The resident's own words, when they asked in words: the sale type and date may be in them.
      const text = this.intent(step) === 'sale' ? this.said(step) : undefined;
      // The general line is about door-to-door and telephone sales (8 days): for a sale named with
      // another period (マルチ商法, 20 days; mail order, none) it would contradict the answer.
      const named = text ? saleTypeIn(text) : null;
      // "I paid by card" right after the calculator's answer: the calculator tells how to give
      // notice (the credit company too), without the general line before it.
      const paidByCard = this.followUp(step) && text !== undefined && this.questions.asks(text).has('card');
      if (!paidByCard && (!named || this.kb.coolingOffDays(named) === this.kb.coolingOffDays('doorToDoor')))
        await this.send(step, [say.text('consumer:scam.saleAdvice')]);
      return step.beginDialog(
        COOLING_OFF_DIALOG,
        this.childOptions(step, { ...(text ? { text } : {}), ...(paidByCard ? { followUp: true } : {}) }),
      );
    }
    const contacts = POLICE_FIRST.includes(kind)
      ? ['police110', 'consumerCentre', 'hotline188']
      : ['consumerCentre', 'hotline188'];
    await this.send(step, [
      say.lines([`consumer:scam.${kind}Advice`, 'consumer:scam.always']),
      say.contacts(contacts),
    ]);
    // The advice chosen on a button too: what the next words ("this morning") are about.
    return step.endDialog({ answered: 'consumer', intent: kind });
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}
