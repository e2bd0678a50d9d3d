import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Command, CommandRecognizer } from '../knowledge/routing/commands';
import type { EmergencyDetector, EmergencyHit, EmergencyKind } from '../knowledge/routing/emergency';
import type { QuestionWords } from '../knowledge/routing/questionWords';
import type { Router } from '../knowledge/routing/router';
import { SURE_ROUTE_CONFIDENCE } from '../knowledge/routing/router';
import { fold } from '../knowledge/routing/normalize';
import type { Locale, TopicId } from '../knowledge/types';
import { action, parseAction } from './actions';
import { CHOICE_INPUT, LANGUAGE_DIALOG, MAIN_DIALOG, VICTIM_DIALOG } from './ids';
import type { ChoiceInputState } from './inputs';
import { emergencyReplies } from './emergencyReplies';
import { answerWith, LEAVE_QUESTION_CONFIDENCE } from './inputs';
import type { LanguageMemory } from './languageDialog';
import { switchLanguage } from './languageDialog';
import type { MainOptions } from './mainDialog';
import { MENU_PROMPT } from './mainDialog';
import { ONE_DAY } from './multiculturalDialog';
import type { Presenter } from './presenter';
import { noteTopic } from './turn';

/**
 * Topics answered after the alert. Not victim support, safety or the illness advice: those restate
 * the emergency itself (being attacked, a stranger at the door, a collapse), and in a real one the
 * alert and its numbers must stand alone.
 */
const ALSO_ANSWERED = new Set<TopicId>(['certificate', 'consumer', 'multicultural', 'jobs']);

/**
 * The service that follows an emergency of this kind once the resident is safe: after violence or
 * a break-in, the crime-victim desks (#9110, the city desk, the support centre). A fire or an
 * illness has no such desk here.
 */
const AFTERCARE: Partial<Record<EmergencyKind, TopicId>> = { violence: 'victim', breakIn: 'victim' };

/**
 * What works from any step, in any language: the emergency answer first of all, then help,
 * start over, stop, and changing the language. Runs before the active dialog sees the message.
 */
export class Interrupts {
  constructor(
    private readonly emergency: EmergencyDetector,
    private readonly commands: CommandRecognizer,
    private readonly presenter: Presenter,
    private readonly memory: LanguageMemory,
    private readonly available: readonly Locale[],
    private readonly router: Router,
    private readonly questions: QuestionWords,
    /** The illness answer's contacts (the health topic's): the children's line and #7119. */
    private readonly healthContacts: readonly string[] = [],
  ) {}

  /**
   * The emergency in the text, unless its only alarming words say that help was called or came
   * ("ok ambulance is coming. they speak english right?", ambulans udah dateng): the numbers again
   * would answer nothing (R9-28). Anything alarming besides ("…but he is not breathing") still alerts.
   */
  private detect(text: string): EmergencyHit | null {
    const hit = this.emergency.detect(text);
    if (!hit || !this.questions.asks(text).has('reported')) return hit;
    return this.emergency.detect(this.questions.without(text, 'reported')) ? hit : null;
  }

  /**
   * The emergency answer alone, with no change to the dialogs: during a chat with staff the alert
   * still comes at once, and the message also goes on to the staff member.
   */
  async alertIfEmergency(context: TurnContext, text: string): Promise<EmergencyHit | null> {
    const hit = this.detect(text);
    if (!hit) return null;
    noteTopic(context, 'emergency');
    const say = this.presenter.for(context);
    await context.sendActivities(
      emergencyReplies(say, hit.kind === 'suicide', this.illnessLines(hit, text, say.locale)),
    );
    return hit;
  }

  /**
   * A sudden illness told in a sentence the router reads as one (子どもが夜中に熱出した。救急車呼ぶべき？,
   * "my child has a fever at night, should I call an ambulance?"): the alert keeps its numbers and
   * #7119, and the illness answer's other line, the children's night line (#8000), follows them, as
   * it does when no alarming word is said (R10-18).
   */
  private illnessLines(hit: EmergencyHit, text: string, locale: Locale): string[] {
    if (hit.kind !== 'medical' || hit.whole) return [];
    const routed = this.router.route(text, locale);
    if (routed.topic !== 'health' || routed.confidence < SURE_ROUTE_CONFIDENCE) return [];
    return this.healthContacts.filter((id) => id !== 'kyukyu7119');
  }

  /** The command a message gives: typed, or a language button from any earlier menu. */
  private commandOf(text: string): Command | null {
    const tapped = parseAction(text);
    return tapped?.kind === 'lang'
      ? { kind: 'setLanguage', locale: tapped.locale }
      : this.commands.recognize(text);
  }

  /**
   * Answers the open question with the first of `values` among its buttons ("was this helpful?",
   * "do you have a My Number card?"); false when no such question is open.
   */
  private async answerQuestion(dc: DialogContext, values: readonly string[]): Promise<boolean> {
    const choices = openChoices(dc);
    const value = values.find((v) => choices.some((c) => c.value === v));
    if (value === undefined) return false;
    await answerWith(dc, value);
    return true;
  }

  /** The open question's one button whose label holds the words (2 characters or more). */
  private buttonNamed(dc: DialogContext, text: string): string | undefined {
    const typed = fold(text);
    if ([...typed].length < 2) return undefined;
    const say = this.presenter.for(dc.context);
    const having = openChoices(dc).filter((c) => say.foldedLabel(c).includes(typed));
    return having.length === 1 ? having[0]!.value : undefined;
  }

  /** Whether the open question comes right after an answer, which "once more" gives again. */
  private followsAnswer(dc: DialogContext): boolean {
    return this.asksForFeedback(dc) || innermostQuestion(dc)?.followsAnswer === true;
  }

  /**
   * Whether "was this helpful?" follows the one-day service's answer (the main dialog's topic and
   * intent), or was just answered after it (the menu that follows keeps them).
   */
  private followsOneDay(dc: DialogContext): boolean {
    const feedback = afterFeedback(dc);
    if (!this.asksForFeedback(dc) && !feedback) return false;
    const answered = feedback
      ? { topic: feedback.lastTopic, intent: feedback.lastIntent }
      : answeredBefore(dc);
    return answered.topic === 'multicultural' && answered.intent === ONE_DAY;
  }

  /** Whether the open question is "was this helpful?" (its Yes button is the feedback code). */
  private asksForFeedback(dc: DialogContext): boolean {
    return openChoices(dc).some((c) => c.value === action.feedback(true));
  }

  /**
   * What the alerting message also asks for: a service answered at once after the alert, or
   * victim support, pointed to with the menu (人に殴られました: the alert first, and then the
   * way to support once the resident is safe, not one menu button among eight).
   */
  private alsoAsks(text: string, locale: Locale): { answer: boolean; point?: TopicId } {
    const routed = this.router.route(text, locale);
    if (ALSO_ANSWERED.has(routed.topic) && routed.confidence >= SURE_ROUTE_CONFIDENCE)
      return { answer: true };
    if (routed.topic === 'victim' && routed.confidence >= LEAVE_QUESTION_CONFIDENCE)
      return { answer: false, point: 'victim' };
    return { answer: false };
  }

  /** Whether the text is an emergency (the alert would be sent). */
  isEmergency(text: string): boolean {
    return this.detect(text) !== null;
  }

  /** Whether the text asks for another language (a language name, "language"). */
  changesLanguage(text: string): boolean {
    const kind = this.commandOf(text)?.kind;
    return kind === 'setLanguage' || kind === 'language';
  }

  /** Whether the text asks to stop or start over (leaving a chat with staff, say). */
  isStop(text: string): boolean {
    const kind = this.commands.recognize(text)?.kind;
    return kind === 'stop' || kind === 'restart';
  }

  /** true when the message was handled here and the dialogs must not see it. */
  async handle(dc: DialogContext, text: string): Promise<boolean> {
    const hit = await this.alertIfEmergency(dc.context, text);
    if (hit) {
      const say = this.presenter.for(dc.context);
      // A lone "help" is also how people ask how the chat works: after the alert (never skipped),
      // they get the usage help and keep their place instead of losing the question.
      if (hit.whole && this.commands.recognize(text)?.kind === 'help') {
        await dc.context.sendActivity(say.text('help'));
        if (dc.activeDialog) await dc.repromptDialog();
        else await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
        return true;
      }
      // A lone cry that names one of the open question's buttons ("police" at the crime-victim
      // path's "Talk to the police", 警察 at 警察に相談する): after the alert, that button, so the
      // resident keeps the way to support they were choosing instead of starting over.
      const named = hit.whole ? this.buttonNamed(dc, text) : undefined;
      if (named !== undefined) {
        await answerWith(dc, named);
        return true;
      }
      await dc.cancelAllDialogs();
      // The alarm must fire on a phrase whatever else is said, so it also fires on questions that
      // only sound alarming ("I'm locked in a phone contract", "息子の仕事探しを助けて"). When the
      // message clearly asks for a service as well, that question is answered after the alert
      // instead of being lost behind the menu.
      // Never after the crisis text: someone thinking of dying reads it, and the numbers, alone.
      const also = !hit.whole && hit.kind !== 'suicide' ? this.alsoAsks(text, say.locale) : { answer: false };
      const aftercare = also.point ?? AFTERCARE[hit.kind];
      if (also.answer) {
        await dc.context.sendActivity(say.text('emergency:ifNot'));
        await dc.beginDialog(MAIN_DIALOG, { text } satisfies MainOptions);
      } else
        // "What number do I call?" next is still about the emergency: its numbers come first.
        // After the crisis text, no "when you are safe" but "I am here", and the next words stay
        // with it when they name no service.
        await dc.beginDialog(MAIN_DIALOG, {
          notice: hit.kind === 'suicide' ? 'emergency:crisisBack' : 'emergency:back',
          lastTopic: 'emergency',
          afterAlert: true,
          ...(hit.kind === 'suicide' ? { afterCrisis: true } : {}),
          ...(also.point ? { pointTo: also.point } : {}),
          ...(aftercare ? { aftercare } : {}),
        } satisfies MainOptions);
      return true;
    }

    // A language button from any earlier menu still works.
    const command = this.commandOf(text);
    if (!command) return false;
    const say = () => this.presenter.for(dc.context);
    switch (command.kind) {
      case 'answer':
        // At "was this helpful?", はい/いいえ answer it as the buttons would (and are counted); at
        // a yes/no question ("do you have a My Number card?") a yes or no in any language is its
        // Yes or No button, not only the word of the resident's locale. Any other yes or no is for
        // the question being asked; with none open, the main dialog asks what is needed.
        // A question without a No button whose way out is "stop" (the crime-victim path's "see
        // other support?"): a no is that way out, with its gentle closing words.
        return this.answerQuestion(dc, [
          action.feedback(command.yes),
          action.opt(command.yes ? 'yes' : 'no'),
          ...(command.yes ? [] : [action.opt('stop')]),
        ]);
      case 'dontKnow':
        // わからない at "was this helpful?" after a Japanese answer: the same answer in easy
        // Japanese, with readings, which is what most who write it need (elders, foreign residents).
        if (
          this.followsAnswer(dc) &&
          say().locale === 'ja' &&
          this.available.includes('ja-easy') &&
          isJapaneseWords(text)
        ) {
          await switchLanguage(dc.context, this.memory, 'ja-easy');
          await dc.context.sendActivity(say().text('language.changed'));
          await answerWith(dc, action.again(), true);
          return true;
        }
        // "Not sure" (do you have the card?) or "other / I don't know" (which certificate?): the
        // button that says so. A question without one reads the words as it would any other.
        return this.answerQuestion(dc, [action.opt('notSure'), action.opt('other')]);
      case 'again':
        // もう一回 / "again" at "was this helpful?", or once it was answered: that answer once more.
        if (!this.followsAnswer(dc) && !afterFeedback(dc)) return false;
        await answerWith(dc, action.again(), true);
        return true;
      case 'smallTalk':
      case 'vague':
        // Not a command: the main dialog answers it where it would route a question; inside a
        // question it is simply no answer.
        return false;
      case 'help':
        await dc.context.sendActivity(say().text('help'));
        if (dc.activeDialog) await dc.repromptDialog();
        else await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
        return true;
      case 'restart':
        await dc.cancelAllDialogs();
        await dc.beginDialog(MAIN_DIALOG, { notice: 'restart' } satisfies MainOptions);
        return true;
      case 'greet':
        // おはよう gets おはようございます back, こんばんは gets こんばんは; any other greeting the usual one.
        await dc.cancelAllDialogs();
        await dc.beginDialog(MAIN_DIALOG, { greet: command.time ?? true } satisfies MainOptions);
        return true;
      case 'thanks': {
        // At "was this helpful?", a thank-you is the answer: it is taken (and counted) as the
        // "helpful" button would be. Anywhere else it ends the exchange warmly.
        if (await this.answerQuestion(dc, [action.feedback(true)])) return true;
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(say().text('thanks'));
        return true;
      }
      case 'stop': {
        // Stopping in the crime-victim path gets its own gentle words, as the button does.
        const inVictim = activeDialogIds(dc).includes(VICTIM_DIALOG);
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(say().text(inVictim ? 'victim:stopped' : 'stopped'));
        return true;
      }
      case 'language':
        await dc.cancelAllDialogs();
        await dc.beginDialog(MAIN_DIALOG, { language: true } satisfies MainOptions);
        return true;
      case 'setLanguage':
        if (!this.available.includes(command.locale)) return false;
        // "¿En español?" in Spanish right after the one-day service's answer asks whether it is
        // held in Spanish, not for the language already in use: the main dialog answers it.
        if (command.locale === say().locale && asksAsQuestion(text) && this.followsOneDay(dc)) return false;
        await switchLanguage(dc.context, this.memory, command.locale);
        await dc.context.sendActivity(say().text('language.changed'));
        // Carry on where the resident was, now in the new language; after the language menu
        // itself that is the main menu, not the same question again.
        if (activeDialogIds(dc).includes(LANGUAGE_DIALOG)) {
          await dc.cancelAllDialogs();
          await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
        } else if (this.followsAnswer(dc)) {
          // The answer came in a language the resident could not read (the language offer comes
          // with it): the answer again, in the new language, rather than "was this helpful?".
          await answerWith(dc, action.again(), true);
        } else if (dc.activeDialog) await dc.repromptDialog();
        else await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
        return true;
    }
  }
}

/** Asked, not told: "¿en español?", 한국어도 돼요?, "English?". */
function asksAsQuestion(text: string): boolean {
  return /[?？¿]/u.test(text);
}

/** The topic and intent the main dialog keeps for the answer it just gave (its waterfall's values). */
function answeredBefore(dc: DialogContext): { topic?: unknown; intent?: unknown } {
  // The waterfall lies under the question it asks, on its component's stack.
  for (let c: DialogContext | undefined = dc; c?.activeDialog; c = c.child) {
    for (const instance of c.stack) {
      const values = (instance.state as { values?: Record<string, unknown> } | undefined)?.values;
      if (values && 'topic' in values) return values;
    }
  }
  return {};
}

/**
 * The main dialog's options when the question open now is its menu right after "was this
 * helpful?" was answered (MainOptions.afterFeedback): the answer's topic and intent, still what the
 * next words may be about.
 */
function afterFeedback(dc: DialogContext): MainOptions | undefined {
  const question = innermost(dc);
  if (question.activeDialog?.id !== CHOICE_INPUT) return undefined;
  if ((question.activeDialog.state as Partial<ChoiceInputState>).options?.prompt !== MENU_PROMPT)
    return undefined;
  for (const instance of question.stack) {
    const options = (instance.state as { options?: MainOptions } | undefined)?.options;
    if (options?.afterFeedback === true) return options;
  }
  return undefined;
}

/** Written in Japanese script (わからない), not a romanised or foreign "I don't understand". */
function isJapaneseWords(text: string): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text);
}

/** The buttons of the question with buttons being asked now; none when another dialog is innermost. */
function openChoices(dc: DialogContext): ChoiceInputState['options']['choices'] {
  return innermostQuestion(dc)?.choices ?? [];
}

/** The question with buttons being asked now, if the innermost dialog is one. */
function innermostQuestion(dc: DialogContext): ChoiceInputState['options'] | undefined {
  const question = innermost(dc);
  if (question.activeDialog?.id !== CHOICE_INPUT) return undefined;
  return (question.activeDialog.state as Partial<ChoiceInputState>).options;
}

/** The dialog context of the question being asked now (the innermost active dialog). */
function innermost(dc: DialogContext): DialogContext {
  let c = dc;
  while (c.child?.activeDialog) c = c.child;
  return c;
}

/** The ids of the dialogs on the stack, outermost first (main, consumer, scamCheck, choiceInput). */
function activeDialogIds(dc: DialogContext): string[] {
  const ids: string[] = [];
  for (let c: DialogContext | undefined = dc; c?.activeDialog; c = c.child) ids.push(c.activeDialog.id);
  return ids;
}
