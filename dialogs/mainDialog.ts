import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { CounterSink } from '../bot/analytics';
import { scrub } from '../bot/privacy';
import type { Locale, TopicId } from '../knowledge/types';
import { MENU_TOPICS } from '../knowledge/types';
import { unknownPhoneNumbers } from '../knowledge/phoneCheck';
import { isoDate, todayInJapan } from '../knowledge/calendar';
import { dateReadingFor, parseDateInput } from '../knowledge/dateInput';
import { action, looksLikeAction, parseAction } from './actions';
import {
  CERTIFICATE_DIALOG,
  CONSUMER_DIALOG,
  HANDOFF_DIALOG,
  HEALTH_DIALOG,
  JOBS_DIALOG,
  LANGUAGE_DIALOG,
  MAIN_DIALOG,
  MULTICULTURAL_DIALOG,
  SAFETY_DIALOG,
  VICTIM_DIALOG,
} from './ids';
import { emergencyReplies } from './emergencyReplies';
import { ONE_DAY } from './multiculturalDialog';
import { continuesScamStory, followsScamAdvice, toldWhen } from './scamCheckDialog';
import type { HandoffOptions } from './handoffDialog';
import type { InputResult } from './inputs';
import type { Choice, Reply } from './presenter';
import type { DialogDeps, TopicOptions, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';
import { getTurnInfo, noteTopic } from './turn';
import type { CommandRecognizer, GreetingTime } from '../knowledge/routing/commands';
import { fold } from '../knowledge/routing/normalize';
import { FOLLOW_UP_MAX_CHARS } from '../knowledge/routing/followUps';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import { CERTIFICATE_FOLLOW_UPS, MULTICULTURAL_FOLLOW_UPS } from '../knowledge/routing/questionWords';
import { DESK_QUESTIONS, deskQuestion } from './deskQuestions';
import type { Router } from '../knowledge/routing/router';
import { SURE_ROUTE_CONFIDENCE } from '../knowledge/routing/router';

export { MAIN_DIALOG };

/** Topics that are not a service with its own contacts. */
const NOT_SERVICES = new Set<string>(['handoff', 'language', 'fallback', 'emergency', 'other']);

export interface MainOptions {
  /** Greet first: `true` with the usual greeting, or back in kind to おはよう / こんばんは. */
  greet?: boolean | GreetingTime;
  /** Text to route at once (the first message, or text typed during another step). */
  text?: string;
  /** An i18n key said before the menu ("thank you", "here is the menu again"). */
  notice?: string;
  /** A topic the menu points to, with the line that names its button (victim support after an alert). */
  pointTo?: TopicId;
  /** Open the language menu straight away. */
  language?: boolean;
  /** The topic last answered: "talk to a person" offers its contacts first. */
  lastTopic?: TopicId;
  /**
   * The intent of the question last answered (住民票, a refund scam): a follow-up about the same
   * topic that names no intent of its own ("手数料は？", "何時まで？") is about the same thing, so the
   * topic dialog does not ask "which certificate?" again.
   */
  lastIntent?: string;
  /** Give the answer to lastTopic / lastIntent again (the resident changed language after it). */
  replay?: boolean;
  /**
   * How that answer was reached, for `replay`: what the topic was started with (the words
   * scrubbed) and the questions answered on the way, so it comes again as it was, not from its start.
   * Right after an answer (`afterAnswer`), its picks go to a follow-up about it (TopicOptions.before).
   */
  lastAsked?: TopicOptions;
  /** "Talk to a person" was just answered with contacts: asking again gets a plain answer, not a loop. */
  handoffGiven?: boolean;
  /** Replaying "talk to a person" (lastTopic 'handoff'): the topic whose contacts it gave first. */
  handoffFor?: TopicId;
  /** `text` was typed right after an answer ("was this helpful?"): it may ask about that answer. */
  afterAnswer?: boolean;
  /**
   * The menu comes right after "was this helpful?" was answered (yes or no) for the answer to
   * lastTopic / lastIntent: words typed next are read as words typed instead of the buttons would
   * be, so "いくら？" after the convenience store's answer and はい is still about it.
   */
  afterFeedback?: boolean;
  /** The menu waits without a word: the closing words just said stand alone (MainOptions.afterFeedback). */
  quiet?: boolean;
  /**
   * The menu comes right after the emergency answer: the next message, when the router only
   * guesses at it, may still be about the emergency ("what do I say on the phone?", "110した").
   */
  afterAlert?: boolean;
  /**
   * The service that follows the emergency just answered: victim support after violence or a
   * break-in, or what the alerting message named. Right after the alert, "who do I talk to?" gets
   * its desks first, and words the router only guesses at are about it (R9-07: a stalking victim's
   * 警察に言うほどじゃないかも read as the town-safety menu).
   */
  aftercare?: TopicId;
  /**
   * The alert just given was the crisis text (死にたい, "I want to kill myself"). What comes next
   * and names no service (誰にも言えない, "I have no one to talk to", つかれた) is the same person
   * opening up: the crisis words and lines again, not the crime-victim path, the desks for foreign
   * residents or "I did not understand" (R10-01).
   */
  afterCrisis?: boolean;
}

/** The cooling-off calculator's intent (consumerDialog's menu choice). */
const COOLING_OFF = 'coolingOff';

/**
 * The router is sure the message names a service other than consumer trouble. Victim support
 * aside: it reads 警察 and "still" as a crime, where a consumer's follow-up means them too.
 */
const surelyNotConsumer = (routed: { topic: string; confidence: number }): boolean =>
  routed.confidence >= SURE_ROUTE_CONFIDENCE && routed.topic !== 'consumer' && routed.topic !== 'victim';

/**
 * A topic's own follow-ups, read only right after its answer, and how long such a message may be
 * (longer, it is routed on its own). Certificates: "by mail?", "so I have to go to the ward
 * office?", "can I go today?", "my card expired", "what do I need?" (the router read them as the
 * town-safety or the foreign-residents menu); their words name the certificate's own matters, so a
 * little more room than for any follow-up: "então tenho que ir à prefeitura distrital?" is 42
 * characters. Foreign residents: "where?", "until what time?", "do I need an appointment?"
 * (preciso marcar?, ¿necesito cita?, 예약해야 돼요? read as no follow-up or as "talk to a person").
 * Consumer trouble: the same two about its desks (preciso marcar? read as a certificate).
 */
const OWN_FOLLOW_UPS: Partial<Record<TopicId, { kinds: readonly QuestionKind[]; maxChars: number }>> = {
  certificate: { kinds: CERTIFICATE_FOLLOW_UPS, maxChars: FOLLOW_UP_MAX_CHARS + 20 },
  multicultural: { kinds: MULTICULTURAL_FOLLOW_UPS, maxChars: FOLLOW_UP_MAX_CHARS },
  consumer: { kinds: DESK_QUESTIONS, maxChars: FOLLOW_UP_MAX_CHARS },
};

/**
 * A weekend word with no more than a particle beside it (土曜日は？ leaves 日 and は, 토요일은요?
 * 은요, "on Saturday?" on) names no place, and keeps what the example model reads in it: the ward
 * office on Saturday, so the certificates' weekend counters.
 */
const PARTICLE_LETTERS = 2;

const lettersOf = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

/** "What do I say on the phone?", "which number?": a question about calling. */
const asksHowToCall = (kinds: ReadonlySet<QuestionKind>): boolean =>
  kinds.has('calling') || kinds.has('number');

const GREETING_BACK: Record<GreetingTime, string> = {
  morning: 'greetingMorning',
  evening: 'greetingEvening',
};

/** The desks that answer in the resident's language (multicultural:consult names them). */
const MULTILINGUAL_DESKS = ['ihOsaka', 'ofix'];

const TOPIC_DIALOGS: Partial<Record<TopicId, string>> = {
  multicultural: MULTICULTURAL_DIALOG,
  consumer: CONSUMER_DIALOG,
  victim: VICTIM_DIALOG,
  certificate: CERTIFICATE_DIALOG,
  safety: SAFETY_DIALOG,
  jobs: JOBS_DIALOG,
  health: HEALTH_DIALOG,
  handoff: HANDOFF_DIALOG,
};

/** The main menu's question (Interrupts tells it from the others by it). */
export const MENU_PROMPT = 'menuPrompt';

export function menuChoices(): Choice[] {
  return [
    ...MENU_TOPICS.map((t) => ({ value: action.menu(t), label: `menu.${t}` })),
    { value: action.menu('handoff'), label: 'menu.handoff' },
    { value: action.menu('language'), label: 'menu.language' },
  ];
}

/** The answer just given, which the next words may ask about. */
type AnswerInView = Pick<MainOptions, 'lastTopic' | 'lastIntent' | 'lastAsked'> & { handoffGiven: boolean };

/**
 * The main loop: menu → route → topic dialog → "was this helpful?" → menu. Anything typed where a
 * button was expected comes back here and is routed, so a resident can change the subject at any step.
 */
export class MainDialog extends TopicDialog {
  private readonly routerRef: Router;
  private readonly questions: QuestionWords;
  /** The menu and "was this helpful?" lead to no answer to give again. */
  protected override readonly remembersPicks = false;

  constructor(
    deps: DialogDeps,
    private readonly counters: CounterSink,
    private readonly commands: CommandRecognizer,
    topicDialogs: TopicDialog[],
  ) {
    super(MAIN_DIALOG, deps);
    this.flow(
      (s) => this.menu(s),
      (s) => this.route(s),
      (s) => this.afterTopic(s),
      (s) => this.feedback(s),
    );
    this.routerRef = deps.router;
    this.questions = deps.questions;
    for (const dialog of topicDialogs) this.addDialog(dialog);
  }

  /** Back to the menu: restart this waterfall (replacing MAIN_DIALOG itself would nest main inside main). */
  private restart(step: WaterfallStepContext, options: MainOptions): Promise<DialogTurnResult> {
    return step.replaceDialog(this.initialDialogId, options);
  }

  private options(step: WaterfallStepContext): MainOptions {
    return step.options ?? {};
  }

  private async menu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    if (options.text !== undefined)
      return step.next({ kind: 'text', text: options.text } satisfies InputResult);
    if (options.replay && options.lastTopic) return step.next(undefined);
    if (options.language)
      return step.next({ kind: 'choice', value: action.menu('language') } satisfies InputResult);
    return this.ask(step, {
      before: [
        ...(options.greet
          ? ([[options.greet === true ? 'greeting' : GREETING_BACK[options.greet]]] as Array<[string]>)
          : []),
        ...(options.notice ? ([[options.notice]] as Array<[string]>) : []),
        ...(options.pointTo
          ? ([['alsoAsked', { topic: this.say(step).t(`menu.${options.pointTo}`) }]] as Array<
              [string, Record<string, unknown>]
            >)
          : []),
      ],
      prompt: MENU_PROMPT,
      choices: menuChoices(),
      mode: 'open',
      ...(options.quiet ? { quiet: true } : {}),
    });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as InputResult | undefined;
    const { locale, channel } = getTurnInfo(step.context);
    const { lastTopic, lastIntent, afterAnswer, replay, lastAsked, afterFeedback } = this.options(step);
    const answer: AnswerInView = {
      lastTopic,
      lastIntent,
      lastAsked,
      handoffGiven: this.options(step).handoffGiven === true,
    };
    // Typed right after "was this helpful?" was answered: as if typed instead of the buttons.
    if (afterFeedback && input?.kind === 'text') return this.typedAfterAnswer(step, input.text, answer);
    let topic: TopicId | 'language' | 'other';
    let intent: string | undefined;
    // A second service the same message named: offered once the first is answered.
    let also: TopicId | undefined;
    // A question about the answer just given ("how much?"): the topic answers that detail.
    let followUp = false;
    // That follow-up names a language: in which languages the answer's service is offered.
    let asksLanguage = false;
    const text = input?.kind === 'text' ? input.text : input?.kind === 'choice' ? input.value : '';
    // Read once: a bare yes or no, small talk, a request that names no service.
    const command = this.commands.recognize(text)?.kind;
    if (replay && lastTopic) {
      topic = lastTopic;
      intent = lastIntent;
    } else if (looksLikeAction(text)) {
      const parsed = parseAction(text);
      // もう一回 once "was this helpful?" was answered (Interrupts): the answer once more, as at it.
      if (parsed?.kind === 'again' && afterFeedback && (lastTopic || answer.handoffGiven))
        return this.replayAnswer(step, answer);
      if (parsed?.kind !== 'menu') {
        // A button from an earlier question, or a code we never issued.
        return this.restart(step, { notice: 'unknownAction', lastTopic } satisfies MainOptions);
      }
      topic = parsed.topic;
    } else if (['answer', 'again'].includes(command ?? '') || /^\d{1,2}$/u.test(text.trim())) {
      // A bare "yes" or "no" that answers no question (the first message, say) asks for nothing,
      // nor does a button number with no buttons left to pick from (8), nor "once more" with no
      // answer just given: the menu asks what the resident needs instead of guessing a topic from
      // one word ("again" read as a job search).
      return this.restart(step, { lastTopic } satisfies MainOptions);
    } else if (this.options(step).afterCrisis && (command === 'smallTalk' || command === 'vague')) {
      return this.stayWithCrisis(step);
    } else if (command === 'smallTalk') {
      // "How are you?", "lol", "nice weather": no city service was asked for, so no "I could not
      // find it" (fallback) either; a friendly word, then the menu.
      return this.restart(step, { notice: 'smallTalk', lastTopic } satisfies MainOptions);
    } else if (command === 'vague') {
      // 困っています, "I have a question": what about, with the menu and examples, rather than a
      // service guessed from two words (困っています read as a job search).
      return this.restart(step, { notice: 'tellMore', lastTopic } satisfies MainOptions);
    } else {
      // A menu button's label typed (or tapped where the menu is no longer open): that topic, as
      // the button would. 大阪での暮らし names no service the router knows by its words.
      const say = this.say(step);
      // A phone number the bot does not know (06-6773-6533 from a flyer, the number that called):
      // said at once, so the resident never takes it for confirmed (R9-24). Sent alone, the menu.
      // Not repeated in the reply: what the bot says is kept in a hand-off's history unscrubbed.
      const unknown = unknownPhoneNumbers(this.kb, text);
      if (unknown.length > 0) {
        await this.send(step, [say.text('unknownNumber')]);
        if (!/\p{L}/u.test(unknown.reduce((rest, n) => rest.replace(n, ''), text.normalize('NFKC'))))
          return this.restart(step, { lastTopic } satisfies MainOptions);
      }
      // "Can I apply here? I can send a photo of my ID" (R10-19): that this chat takes no
      // applications and no photos of cards or documents comes first, whatever is answered next.
      if (this.questions.asks(text).has('sendPhoto')) await this.send(step, [say.text('noApplications')]);
      const typed = fold(text);
      const byLabel = typed ? menuChoices().find((c) => say.foldedLabel(c) === typed) : undefined;
      const routed = byLabel ? null : this.routerRef.route(text, locale);
      // Right after the emergency answer, how to call or which number, in words the router only
      // guesses at ("what do I say on the phone?" read as a theft), is about the emergency: its
      // numbers and how to call, once more. Anything else is routed as usual.
      const { afterAlert, pointTo, aftercare } = this.options(step);
      // Kept by the replies that stay on the emergency, so the message after them still goes to
      // the service that follows it (the numbers themselves are repeated once only).
      const stillAlert = {
        ...(pointTo ? { pointTo } : {}),
        ...(aftercare ? { aftercare } : {}),
      } satisfies MainOptions;
      if (
        this.options(step).afterCrisis &&
        routed &&
        (routed.topic === 'handoff' || this.namesNoService(routed))
      )
        return this.stayWithCrisis(step);
      const guessed = afterAlert === true && routed !== null && routed.confidence < SURE_ROUTE_CONFIDENCE;
      const asked = guessed ? this.questions.asks(text) : undefined;
      if (asked && asksHowToCall(asked)) {
        noteTopic(step.context, 'emergency');
        await this.send(step, emergencyReplies(say));
        return this.restart(step, {
          notice: 'emergency:back',
          lastTopic: 'emergency',
          ...stillAlert,
        } satisfies MainOptions);
      }
      // "110した", "the police are coming": help is on its way. A calm word and the menu (still
      // pointing to victim support if the alert did), not a service guessed from "police" (R9-20:
      // the town-safety or the consumer menu).
      if (asked?.has('reported')) {
        noteTopic(step.context, 'emergency');
        return this.restart(step, {
          notice: 'emergency:called',
          lastTopic: 'emergency',
          ...stillAlert,
        } satisfies MainOptions);
      }
      const tapped = byLabel ? parseAction(byLabel.value) : null;
      // The service that follows the alert (victim support after 人に殴られました or a stalker at
      // the door): words nothing else claims (支援はありますか) or only guesses at are about that,
      // not "I did not understand" nor a menu guessed from 警察.
      // So too right after the crime-victim path, rerouted from it or typed after its answer: a
      // victim's next words read as a guess ("i dont want my name on anything" as a certificate,
      // "im scared" after work as the job plaza) stay with victim support.
      const rightAfterVictim = lastTopic === 'victim' && this.options(step).text !== undefined;
      const stayWith = aftercare ?? (rightAfterVictim ? 'victim' : undefined);
      const pointed = stayWith && routed && this.namesNoService(routed) ? stayWith : undefined;
      topic = tapped?.kind === 'menu' ? tapped.topic : (pointed ?? routed?.topic ?? 'fallback');
      intent = routed?.intent;
      also = routed?.also?.topic;
      // "How much?", "and on Sunday?" right after an answer: about that answer, so its topic again,
      // and what that answer was about when this question names nothing else.
      const ofOneDay = routed ? this.asksOfOneDay(step, text, routed) : undefined;
      if (ofOneDay) {
        topic = 'multicultural';
        intent = lastIntent;
        also = undefined;
        followUp = true;
        asksLanguage = ofOneDay === 'language';
      } else if (routed && this.followsScamAdvice(step, text, routed)) {
        topic = 'consumer';
        intent = lastIntent;
        also = undefined;
        followUp = true;
      } else if (routed && this.followsCoolingOff(step, text, routed)) {
        topic = 'consumer';
        intent = COOLING_OFF;
        also = undefined;
        followUp = true;
      } else if (routed && this.followsUp(step, text, routed.topic, routed.confidence)) {
        topic = lastTopic!;
        intent = lastIntent;
        also = undefined;
        followUp = true;
      } else if (afterAnswer && topic === lastTopic && intent === undefined) {
        intent = lastIntent;
        followUp = true;
      } else if (routed && this.asksDetailOfNamed(lastTopic, text, topic, intent)) {
        followUp = true;
      }
      // Right after "talk to a person" gave the contacts, "until when?", "on Saturday too?" are
      // about those desks: the list again, whose cards carry the hours (R9-13: the topic's menu).
      if (followUp && this.options(step).handoffGiven) {
        topic = 'handoff';
        intent = undefined;
      }
      // "何時まで？", "do I need an appointment?" naming nothing, or "open on Sunday?" naming a place
      // no rule knows (図書館), with no answer just given nor an alert's service to be about: which
      // office or service, and the menu (they got "which certificate?", the town-safety menu or the
      // certificates' weekend counters, a guess from the question's shape).
      const onlyGuessed = routed !== null && this.namesNoService(routed);
      if (!followUp && !pointed && onlyGuessed && this.asksTimesOfNothing(text, locale, routed.topic))
        return this.restart(step, { notice: 'whichPlace', lastTopic } satisfies MainOptions);
    }
    if (topic === 'language') return step.beginDialog(LANGUAGE_DIALOG, {});
    if (topic === 'other') return this.restart(step, { notice: 'other', lastTopic } satisfies MainOptions);
    const dialogId = TOPIC_DIALOGS[topic];
    if (!dialogId) {
      noteTopic(step.context, 'fallback');
      this.counters.unanswered(locale, scrub(text));
      this.values(step).topic = 'fallback';
      // Often a city service this chat does not cover (ごみ, 保育所, 住民税): where to look for it,
      // the bureau's card (topics.json), whose button opens the city's top page, before the menu.
      // A resident reading in another language than Japanese (easy Japanese too) asks about
      // garbage or school more often than not in that language: the desks that answer in it
      // first (International House's Information Center, OFIX), as "ask in my language" does.
      const say = this.say(step);
      const inJapanese = locale === 'ja';
      await this.send(step, [
        say.lines(['fallback', inJapanese ? 'fallbackCityServices' : 'multicultural:consult']),
        say.contacts([...(inJapanese ? [] : MULTILINGUAL_DESKS), ...this.kb.topic('fallback').contacts]),
      ]);
      return this.restart(step, { lastTopic } satisfies MainOptions);
    }
    noteTopic(step.context, topic);
    // The same answer again in another language is not another question.
    if (!replay) this.counters.topic(topic, locale, channel);
    this.values(step).topic = topic;
    this.values(step).intent = intent;
    this.values(step).also = also;
    if (topic === 'handoff') {
      // Given again on request (once more, another language): the same list, for the same topic.
      return step.beginDialog(
        dialogId,
        (replay
          ? { topic: this.beforeHandoff(step), again: false }
          : {
              topic: this.options(step).aftercare ?? lastTopic,
              again: this.options(step).handoffGiven === true,
            }) satisfies HandoffOptions,
      );
    }
    if (replay && lastAsked) {
      this.values(step).began = lastAsked;
      return step.beginDialog(dialogId, { ...lastAsked, intent });
    }
    // Right after an answer of the same topic, what it was about (住民票 for "until when is the
    // konbini open?"), for the topic to use where the question names nothing else.
    const after = afterAnswer && topic === lastTopic && lastIntent !== intent ? lastIntent : undefined;
    // The answers given on the way to the answer a follow-up is about ("for my mother"): "what do
    // I need?" is answered for them, not by asking them again.
    const before = followUp && topic === lastTopic ? lastAsked?.picks : undefined;
    const options: TopicOptions = {
      intent,
      text,
      ...(followUp ? { followUp } : {}),
      ...(followUp && asksLanguage ? { asksLanguage } : {}),
      ...(after ? { after } : {}),
      ...(before ? { before } : {}),
    };
    // Kept for "once more": the resident's words only as stored text is, scrubbed.
    this.values(step).began = { ...options, ...(text ? { text: scrub(text) } : {}) };
    return step.beginDialog(dialogId, options);
  }

  /** The topic "talk to a person" was asked after (its contacts come first), also when it is given again. */
  private beforeHandoff(step: WaterfallStepContext): TopicId | undefined {
    const { lastTopic, handoffFor } = this.options(step);
    return lastTopic === 'handoff' ? handoffFor : lastTopic;
  }

  /** A service the router only guesses at (not "talk to a person" nor a language). */
  /** The crisis words once more, the page with the support lines and 119; the menu waits. */
  private async stayWithCrisis(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = this.say(step);
    noteTopic(step.context, 'emergency');
    await this.send(step, [
      say.lines(['emergency:crisisStay']),
      say.page('police-victims'),
      say.contacts(['fire119']),
    ]);
    return this.restart(step, {
      notice: 'emergency:crisisBack',
      lastTopic: 'emergency',
      afterAlert: true,
      afterCrisis: true,
    } satisfies MainOptions);
  }

  private guessedService(routed: { topic: string; confidence: number }): boolean {
    return !NOT_SERVICES.has(routed.topic) && routed.confidence < SURE_ROUTE_CONFIDENCE;
  }

  /** The router found no service in the words, or only guessed at one. */
  private namesNoService(routed: { topic: string; confidence: number }): boolean {
    return routed.topic === 'fallback' || this.guessedService(routed);
  }

  private followsUp(step: WaterfallStepContext, text: string, topic: string, confidence: number): boolean {
    const { afterAnswer, lastTopic } = this.options(step);
    if (!afterAnswer || !lastTopic || NOT_SERVICES.has(lastTopic) || topic === lastTopic) return false;
    // After a foreign-residents answer, "talk to a person" only guessed at from a question's shape
    // (o que eu levo?, なにを もっていけば いいですか read as "who do I call?") is no request for a
    // person when the words ask a detail of that answer, which its dialog answers (multi-turn
    // probes: the desks' list came instead). After the consumer desks, so is "do I need an
    // appointment?" (예약해야 돼요?), which the list would not answer. After the others, the desks'
    // cards answer such a question best (土日もやってますか after the consumer desks: the cards
    // with 188's weekend hours). After a certificate's answer too: "can my wife go instead?" read
    // as "can a staff member answer instead" got the list, not what a proxy needs.
    const detailsOfOwn = lastTopic === 'multicultural' || lastTopic === 'certificate';
    const guessedHandoff =
      (detailsOfOwn || lastTopic === 'consumer') &&
      topic === 'handoff' &&
      confidence < SURE_ROUTE_CONFIDENCE &&
      ((detailsOfOwn && this.questions.asksDetails(text)) || this.asksAboutOwn(lastTopic, text));
    if (
      topic !== 'fallback' &&
      !guessedHandoff &&
      (NOT_SERVICES.has(topic) || confidence >= SURE_ROUTE_CONFIDENCE)
    )
      return false;
    return this.followUps.asks(text) || this.asksAboutOwn(lastTopic, text);
  }

  /**
   * A short message that asks until when, or whether an appointment is needed, and names nothing:
   * without those words, what is left matches no word rule, and the example model only guesses
   * from its shape (あいてる？, は必要ですか read as bicycle helmets, "preciso" as a certificate).
   * A service's own word left over (証明書は, "certificate") matches a rule, and that service
   * answers the question (the certificates' hours).
   * So too "open on Saturday?" about a place no rule names ("is the library open on sunday?"), which
   * the model reads as the certificates: its examples that ask it name the ward office. Another
   * service guessed was read from the words themselves (the desk for foreigners on Saturday).
   */
  private asksTimesOfNothing(text: string, locale: Locale, guessed: TopicId): boolean {
    if ([...text.trim()].length > FOLLOW_UP_MAX_CHARS) return false;
    const asks = this.questions.asks(text);
    if (deskQuestion(asks) === undefined && !this.asksWeekendOfPlace(text, asks, guessed)) return false;
    // The weekend words stay in: a word rule may need one beside its own (the service counters).
    const rest = DESK_QUESTIONS.reduce((left, kind) => this.questions.without(left, kind), text);
    const named = this.routerRef.route(rest, locale);
    return named.byRule !== true && named.confidence < SURE_ROUTE_CONFIDENCE;
  }

  /** A weekend question, read as the certificates or as nothing, with more than a particle beside it. */
  private asksWeekendOfPlace(text: string, asks: ReadonlySet<QuestionKind>, guessed: TopicId): boolean {
    if (!asks.has('weekend') || (guessed !== 'certificate' && guessed !== 'fallback')) return false;
    return lettersOf(this.questions.without(text, 'weekend')) > PARTICLE_LETTERS;
  }

  /** The words of a short message ask one of the topic's own follow-ups (OWN_FOLLOW_UPS). */
  private asksAboutOwn(topic: TopicId, text: string): boolean {
    const own = OWN_FOLLOW_UPS[topic];
    if (!own || [...text.trim()].length > own.maxChars) return false;
    const asks = this.questions.asks(text);
    return own.kinds.some((kind) => asks.has(kind));
  }

  /**
   * After a foreign-residents answer (right after it, or once "was this helpful?" was answered), a
   * short question that names one of its services by a word rule and asks a detail of it
   * (아까 상담회는 예약해야 돼요?, "the consultation meeting from before, do I need to book?"): that
   * detail of the service it names, as a question right after its answer gets, not its whole answer
   * again (after the desks' answer, 아까 상담회 got the desks' "appointment not on record"; after
   * "was this helpful?", the hand-off list).
   */
  private asksDetailOfNamed(
    lastTopic: TopicId | undefined,
    text: string,
    topic: string,
    intent: string | undefined,
  ): boolean {
    if (lastTopic !== 'multicultural' || topic !== 'multicultural' || intent === undefined) return false;
    if ([...text.trim()].length > FOLLOW_UP_MAX_CHARS) return false;
    return this.questions.asksDetails(text) || this.asksAboutOwn('multicultural', text);
  }

  /**
   * Right after the one-day service's answer, what a short message asks about it. One that names a
   * language ("¿en español?", 한국어로 상담할 수 있어요?, "in English?") asks whether the service is
   * held in it: the router reads it as "ask in my language" (International House's desks), and a
   * language already in use, asked as a question, is no request to change to it (Interrupts lets
   * it through); so does one that asks which (何語で相談できますか, "which languages?", which got the
   * foreign-residents menu). One that asks when (언제 해요?, いつですか, "when is it?", ¿cuándo es?) asks when it
   * is held, and one that asks "by phone?" (電話でも相談できますか, "can I call instead?") how: the
   * router only guessed at them (the town-safety or the consumer menu, victim support, "talk to a
   * person", "I did not understand"). A message it is sure names another service is that service.
   */
  private asksOfOneDay(
    step: WaterfallStepContext,
    text: string,
    routed: { topic: string; confidence: number },
  ): 'language' | 'when' | 'byPhone' | undefined {
    const { afterAnswer, lastTopic, lastIntent } = this.options(step);
    if (!afterAnswer || lastTopic !== 'multicultural' || lastIntent !== ONE_DAY) return undefined;
    if ([...text.trim()].length > FOLLOW_UP_MAX_CHARS) return undefined;
    // "Talk to a person" only guessed from a question's shape ("can I call instead?") is no request.
    const guessedHandoff = routed.topic === 'handoff' && routed.confidence < SURE_ROUTE_CONFIDENCE;
    if (routed.topic !== 'multicultural' && !this.namesNoService(routed) && !guessedHandoff) return undefined;
    const asks = this.questions.asks(text);
    if (this.commands.namesLanguage(text) || asks.has('languages')) return 'language';
    return asks.has('when') ? 'when' : asks.has('byPhone') ? 'byPhone' : undefined;
  }

  /**
   * Right after scam advice, a question about it ("will the money come back?", "should I tell the
   * police?"): the router reads 戻ってくる as a refund scam, sure of it, and 警察 as victim support.
   * So too more of the story, in words that name no service (continuesScamStory).
   * A message it is sure names another service is that service; a time alone names none, whatever
   * the router makes of it (3일 전 read as "talk to a person", sure of it): when it happened.
   */
  private followsScamAdvice(
    step: WaterfallStepContext,
    text: string,
    routed: { topic: string; confidence: number },
  ): boolean {
    const { afterAnswer, lastTopic, lastIntent } = this.options(step);
    if (!afterAnswer || lastTopic !== 'consumer') return false;
    if (toldWhen(lastIntent) && this.followUps.onlyTime(text)) return true;
    if (surelyNotConsumer(routed)) return false;
    return (
      followsScamAdvice(lastIntent, this.questions.asks(text)) ||
      continuesScamStory(lastIntent, text, this.namesNoService(routed))
    );
  }

  /**
   * Right after the cooling-off answer, "I already paid" (read as the money-sent scam, or in
   * Korean as a crime) or "can I still cancel?" where no answer can be given again: about it.
   */
  private followsCoolingOff(
    step: WaterfallStepContext,
    text: string,
    routed: { topic: string; confidence: number },
  ): boolean {
    const { afterAnswer, lastTopic, lastIntent } = this.options(step);
    if (!afterAnswer || lastTopic !== 'consumer' || lastIntent !== COOLING_OFF) return false;
    const asked = this.questions.asks(text);
    return !surelyNotConsumer(routed) && (asked.has('paid') || asked.has('cancel'));
  }

  /**
   * "Can I still cancel?" right after the calculator's answer (it began the calculator again, or
   * read "still" as a crime): the answer again, with its last day, as it was worked out.
   */
  private cancelAgain(
    step: WaterfallStepContext,
    text: string,
    began: TopicOptions | undefined,
    intent: string | undefined,
  ): TopicOptions | undefined {
    if (intent !== COOLING_OFF || !began?.picks) return undefined;
    if (!Object.values(began.picks).some((pick) => pick.kind === 'date')) return undefined;
    if (!this.questions.asks(text).has('cancel')) return undefined;
    return surelyNotConsumer(this.routerRef.route(text, this.say(step).locale)) ? undefined : began;
  }

  private async afterTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as TopicResult;
    const topic = this.values(step).topic as TopicId | undefined;
    // "I want a 住民票, and a scam call came too": the second problem gets its own button.
    const also = this.values(step).also as TopicId | undefined;
    const other = (answered: TopicId | undefined) => (also && also !== answered ? also : undefined);
    if (result.stopped) {
      // Stopping one problem is not dropping the other: its button alone, no question.
      const left = other(topic);
      if (left) await this.send(step, [this.alsoAsked(step, left, true)]);
      // Stopped right after an answer (no to the crime-victim path's "see other support?"): the
      // closing words stand alone, but that answer is still what the next words may ask about
      // (何時まで？, "where is it?"), as once "was this helpful?" was answered.
      if (result.intent !== undefined && topic && !NOT_SERVICES.has(topic))
        return this.restart(step, {
          quiet: true,
          lastTopic: topic,
          lastIntent: result.intent,
          afterFeedback: true,
        } satisfies MainOptions);
      return step.endDialog();
    }
    // The topic the resident was in, answered or not: "talk to a person" then offers its contacts.
    const current = topic && !NOT_SERVICES.has(topic) ? topic : undefined;
    const lastTopic =
      (result.answered && result.answered !== 'handoff' ? result.answered : current) ??
      this.options(step).lastTopic;
    if (result.reroute !== undefined)
      return this.restart(step, {
        text: result.reroute,
        lastTopic,
        ...(result.afterAnswer ? { afterAnswer: true, lastIntent: result.intent } : {}),
      } satisfies MainOptions);
    if (!result.answered)
      return this.restart(step, { lastTopic, handoffGiven: topic === 'handoff' } satisfies MainOptions);
    // Another topic answered (a topic dialog handed over): the routed intent was not about it.
    if (result.answered && result.answered !== topic) {
      this.values(step).intent = undefined;
      this.values(step).began = undefined;
    } else if (this.values(step).began) {
      (this.values(step).began as TopicOptions).picks = result.picks;
    }
    if (result.intent) this.values(step).intent = result.intent;
    this.values(step).topic = result.answered ?? topic;
    const left = other(result.answered ?? topic);
    if (left) await this.send(step, [this.alsoAsked(step, left, false)]);
    return this.ask(step, {
      prompt: 'feedback.question',
      choices: [
        { value: action.feedback(true), label: 'feedback.yes' },
        { value: action.feedback(false), label: 'feedback.no' },
        { value: action.menu('handoff'), label: 'menu.handoff' },
        ...(left ? [this.alsoChoice(left)] : []),
      ],
      mode: 'open',
    });
  }

  /**
   * The answer just given, asked again with the one date in `text` in place of the date it was
   * given for; undefined when it took no date, the text names none, or it surely asks about
   * another service.
   */
  private redated(
    step: WaterfallStepContext,
    text: string,
    began: TopicOptions | undefined,
  ): TopicOptions | undefined {
    const asked = Object.entries(began?.picks ?? {}).find(([, pick]) => pick.kind === 'date')?.[0];
    if (!began || asked === undefined) return undefined;
    const locale = this.say(step).locale;
    const date = parseDateInput(text, todayInJapan(this.clock.now()), dateReadingFor(locale));
    if (!date || this.routerRef.route(text, locale).confidence >= SURE_ROUTE_CONFIDENCE) return undefined;
    return { ...began, picks: { ...began.picks, [asked]: { kind: 'date', iso: isoDate(date) } } };
  }

  private alsoChoice(topic: TopicId): Choice {
    return { value: action.menu(topic), label: `menu.${topic}` };
  }

  /** "You also asked about …": with the button on it, or before the question that carries it. */
  private alsoAsked(step: WaterfallStepContext, topic: TopicId, withButton: boolean): Reply {
    const say = this.say(step);
    const vars = { topic: say.t(`menu.${topic}`) };
    return say.text('alsoAsked', vars, withButton ? [this.alsoChoice(topic)] : undefined);
  }

  private async feedback(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as InputResult | undefined;
    const topic = this.values(step).topic as TopicId;
    // After "talk to a person", the topic before it still names whose contacts come first.
    const handoffGiven = topic === 'handoff';
    const lastTopic = handoffGiven ? this.beforeHandoff(step) : topic;
    const value = input?.kind === 'choice' ? input.value : undefined;
    const parsed = value ? parseAction(value) : null;
    const lastIntent = handoffGiven ? undefined : (this.values(step).intent as string | undefined);
    const lastAsked = handoffGiven ? undefined : (this.values(step).began as TopicOptions | undefined);
    const answer = { lastTopic, lastIntent, lastAsked, handoffGiven };
    if (parsed?.kind === 'again') return this.replayAnswer(step, answer);
    // "はい、いくらですか", "no, how much is it?": the yes or no answers the question, counted as its
    // button would be, and the words after it ask about the answer, as if typed on their own.
    // "はい、ありがとう" is the yes alone.
    const opened = input?.kind === 'text' ? this.commands.leadingAnswer(input.text) : null;
    const then = opened ? this.commands.recognize(opened.rest)?.kind : undefined;
    if (opened && then !== 'thanks' && then !== 'answer') {
      this.counters.feedback(topic, opened.yes);
      return this.typedAfterAnswer(step, opened.rest, answer);
    }
    const helpful = parsed?.kind === 'fb' ? parsed.helpful : opened?.yes;
    if (helpful !== undefined) {
      this.counters.feedback(topic, helpful);
      // The answer is still what the next words may ask about ("how much?" after はい): kept for
      // them, as words typed instead of the buttons are read (typedAfterAnswer).
      return this.restart(step, {
        notice: helpful ? 'feedback.thanks' : 'feedback.sorry',
        lastTopic,
        handoffGiven,
        afterFeedback: true,
        ...(lastIntent ? { lastIntent } : {}),
        ...(lastAsked ? { lastAsked } : {}),
      } satisfies MainOptions);
    }
    if (input?.kind === 'text') return this.typedAfterAnswer(step, input.text, answer);
    return this.afterAnswer(step, value ?? '', answer);
  }

  /**
   * Words typed right after an answer, at "was this helpful?" or once it was answered: routed as a
   * question that may be about that answer (its topic, intent and the picks on the way to it).
   */
  private typedAfterAnswer(
    step: WaterfallStepContext,
    text: string,
    answer: AnswerInView,
  ): Promise<DialogTurnResult> {
    const { lastTopic, lastIntent, lastAsked } = answer;
    // "And if it came on the 20th?" right after the cooling-off answer: that answer again with the
    // new date (R9-08: read as a new question, it opened the crime-victim path).
    const again = this.redated(step, text, lastAsked) ?? this.cancelAgain(step, text, lastAsked, lastIntent);
    if (again)
      return this.restart(step, {
        replay: true,
        lastTopic,
        lastIntent,
        lastAsked: again,
      } satisfies MainOptions);
    return this.afterAnswer(step, text, answer);
  }

  /**
   * The answer in view once more (もう一回, or read in another language). After "talk to a person",
   * its contacts: the list, not "that button no longer works".
   */
  private replayAnswer(step: WaterfallStepContext, answer: AnswerInView): Promise<DialogTurnResult> {
    const { lastTopic, lastIntent, lastAsked, handoffGiven } = answer;
    return this.restart(
      step,
      handoffGiven
        ? ({
            replay: true,
            lastTopic: 'handoff',
            ...(lastTopic ? { handoffFor: lastTopic } : {}),
          } satisfies MainOptions)
        : ({ replay: true, lastTopic, lastIntent, lastAsked } satisfies MainOptions),
    );
  }

  /** A new turn of the main flow for `text` (typed, or a button's code), the answer still in view. */
  private afterAnswer(
    step: WaterfallStepContext,
    text: string,
    answer: AnswerInView,
  ): Promise<DialogTurnResult> {
    const { lastTopic, lastIntent, lastAsked, handoffGiven } = answer;
    return this.restart(step, {
      text,
      lastTopic,
      lastIntent,
      handoffGiven,
      afterAnswer: true,
      ...(lastAsked ? { lastAsked } : {}),
    } satisfies MainOptions);
  }
}
