import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { isYearEndClosure, isYearEndSeason, jstParts } from '../knowledge/calendar';
import { dateReadingFor, parseDateInput } from '../knowledge/dateInput';
import { usualHoursUncertain } from '../knowledge/hours';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import type { Router } from '../knowledge/routing/router';
import type { Reply, Say } from './presenter';
import { action, parseAction } from './actions';
import { CARD_ANSWERS, cardAnswerIn, NO_CARD } from './cardAnswers';
import { DESK_QUESTIONS, deskQuestion } from './deskQuestions';
import { CERTIFICATE_DIALOG } from './ids';
import type { DialogDeps, TopicOptions } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { CERTIFICATE_DIALOG };

const CERTIFICATES = ['juminhyo', 'inkan', 'koseki', 'other'] as const;
type Certificate = (typeof CERTIFICATES)[number];
const CARD_PROMPT = 'certificate:cardPrompt';
/** The registered domicile (本籍) is outside Osaka City: a 戸籍 from there is not on record here. */
const DOMICILE = 'domicile';
/** What a question typed at the card question may ask that the follow-up path answers. */
const CARD_DETAILS: readonly QuestionKind[] = ['fee', 'where', 'weekend', 'corners'];
/**
 * At the card question, also by mail, going to the ward office today, an expired card: the
 * follow-up path answers them too; for a parent or a spouse, the proxy answer.
 */
const AT_CARD_QUESTION: readonly QuestionKind[] = [
  ...CARD_DETAILS,
  'mail',
  'visit',
  'expired',
  'proxy',
  'bring',
];
/**
 * Of those, the ones the card question does not settle: their answer holds whatever the card, so
 * it comes first, then the card question (again, at that question: its buttons are still on the
 * screen, and a "no" typed after an answer that ended was read as "not helpful"). The fee too:
 * the window's is the same whatever the card, and the machines' is on the city's page, which the
 * fee's answer links. An expired card and a parent's certificate take their own ways.
 */
const BEFORE_CARD_QUESTION: readonly QuestionKind[] = [
  'fee',
  'where',
  'visit',
  'weekend',
  'corners',
  'mail',
  'bring',
];
/**
 * "Until what time?", "do I need an appointment?" (DESK_QUESTIONS): at either question, right after
 * an answer, or with a certificate's words and nothing else named (証明書は何時までとれる？). They
 * were asked again ("which certificate?", the card question). At a question they are read after
 * "can I get it at the konbini? until when?", which gets the machines' hours and that question again.
 */
const asksTimes = (asks: ReadonlySet<QuestionKind>): boolean => deskQuestion(asks) !== undefined;
/** At the card question, what its own answer settles (the fee, an expired card, a parent's). */
const SETTLED_AT_CARD_QUESTION = AT_CARD_QUESTION.filter((kind) => !BEFORE_CARD_QUESTION.includes(kind));

/** "On Saturday?" or "in Umeda too?": the weekend counters (in Umeda, Namba, Tennoji) and the machines. */
const asksWeekend = (asks: ReadonlySet<QuestionKind>): boolean => asks.has('weekend') || asks.has('corners');

/**
 * The certificate dialog's options: those of any topic, and the certificate already chosen when a
 * question typed at the card question ("コンビニでとれる？何時まで") is answered first and the card
 * question then comes again, not "which certificate?" (R9-11).
 */
interface CertificateOptions extends TopicOptions {
  chosen?: Certificate;
}

const isCertificate = (value: string | undefined): value is Certificate =>
  (CERTIFICATES as readonly string[]).includes(value ?? '');

/** Window fees that are confirmed; the others are never guessed. */
const WINDOW_FEE: Partial<Record<Certificate, string>> = { juminhyo: 'feeJuminhyo', koseki: 'feeKoseki' };
/** Issued at convenience stores according to the city (the full list is on its page). */
const KONBINI: readonly Certificate[] = ['juminhyo', 'inkan'];

/**
 * Certificates: which one, then "My Number card and PIN?", then the way that fits — the
 * convenience store first, as the bureau wants, else the window, the weekend counters, the request
 * box or the online system. It guides only: it never takes an application in the chat.
 */
export class CertificateDialog extends TopicDialog {
  private readonly questions: QuestionWords;
  private readonly router: Router;

  constructor(deps: DialogDeps) {
    super(CERTIFICATE_DIALOG, deps);
    this.questions = deps.questions;
    this.router = deps.router;
    this.flow(
      (s) => this.which(s),
      (s) => this.card(s),
      (s) => this.answer(s),
    );
  }

  private async which(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    // A question about the answer just given: "where is it?", "and on Saturday?", "by mail?",
    // "my card expired" — that detail, not the card question again (the fee is answered once the
    // certificate is known, in card). Also after the PIN answer ("so I have to go to the ward office?").
    const asks = this.questions.asks(this.said(step) ?? '');
    const detail = await this.followUpDetail(step, asks);
    if (detail) return detail;
    if (intent === 'pin') {
      // A forgotten or locked PIN: no certificate can be had at the machines until it is reset.
      const say = this.say(step);
      await this.send(step, [
        say.text('multicultural:myNumberHelp'),
        say.page('my-number-card'),
        say.contacts(['wardSupport']),
      ]);
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent === DOMICILE) {
      await this.send(step, this.domicileElsewhere(this.say(step)));
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent === 'wardOffice' || intent === 'wardYearEnd') {
      await this.send(step, this.wardOffice(this.say(step), this.newYear(step)));
      return step.endDialog({ answered: 'certificate' });
    }
    // "土日に証明書とれる？", "are the service counters open on weekends?" as the first message,
    // no certificate named (R: "which certificate?", or "did not understand"): the weekend
    // counters (Umeda, Namba, Tennoji), the machines and the request box, as at that question.
    if (intent === undefined && asksWeekend(asks)) {
      await this.send(step, this.weekendWays(this.say(step), this.newYear(step)));
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent === undefined && asksTimes(asks)) {
      await this.send(step, this.times(this.say(step), asks, this.newYear(step), false));
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent === 'konbiniYearEnd') {
      // "Can I use the convenience store over the New Year?": the usual hours, and that the
      // days it is off are on the city's page (not confirmed, so not named here).
      const say = this.say(step);
      await this.send(step, [
        say.lines(this.konbiniLines(true)),
        say.contacts(['konbiniService', 'wardSupport']),
      ]);
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent && (CERTIFICATES as readonly string[]).includes(intent)) return step.next(intent);
    if (intent === 'konbini') {
      // "Can I get it at the konbini? Until when?" with no certificate named (R9-11: asked again
      // and again at "which certificate?"): what the machines issue, their hours and card, the
      // fees' page when asked; then which certificate, for the rest of the way.
      const say = this.say(step);
      await this.send(step, [
        say.lines([
          ...this.konbiniLines(this.newYear(step)),
          ...(asks.has('fee') ? ['certificate:feeOthers'] : []),
        ]),
        say.contacts(['konbiniService']),
      ]);
      // Asked at the card question of a certificate already chosen: that question again.
      const { chosen, after } = (step.options as CertificateOptions | undefined) ?? {};
      if (chosen) return step.next({ kind: 'choice', value: chosen });
      // Asked right after the answer about a certificate (R9-11: "what time does the konbini
      // close" after the 住民票 answer): these lines answer it; no "which certificate?".
      if (after && (CERTIFICATES as readonly string[]).includes(after))
        return step.endDialog({ answered: 'certificate', intent: after });
    }
    return this.ask(step, {
      prompt: 'certificate:whichPrompt',
      choices: CERTIFICATES.map((c) => ({ value: action.opt(c), label: `certificate:which.${c}` })),
      mode: 'closed',
      // BEFORE_CARD_QUESTION holds CARD_DETAILS.
      detailsBack: [...BEFORE_CARD_QUESTION, ...DESK_QUESTIONS],
    });
  }

  /**
   * The answer to a question about the certificate answer just given, or null when it asks for
   * none of these details (or was not asked right after an answer).
   */
  private async followUpDetail(
    step: WaterfallStepContext,
    asks: ReadonlySet<QuestionKind>,
  ): Promise<DialogTurnResult | null> {
    const options = (step.options as CertificateOptions | undefined) ?? {};
    // Right after an answer: read as a follow-up, or routed to a certificate's intent of its own.
    if (!this.followUp(step) && options.after === undefined) return null;
    const intent = this.intent(step);
    const known = isCertificate(intent) ? intent : isCertificate(options.after) ? options.after : undefined;
    const say = this.say(step);
    const newYear = this.newYear(step);
    let replies: Reply[] | undefined;
    if (asks.has('expired')) replies = this.cardExpired(say, known);
    else if (asks.has('mail')) replies = this.byMail(say);
    else if (!this.followUp(step)) return null;
    else if (this.asksFee(step, asks)) {
      // "いくら" after the ward office's or the weekend counters' answer, no certificate named
      // (R: that answer came again): the confirmed window fees, the city's page for the rest.
      if (isCertificate(intent)) return null;
      replies = this.allFees(say);
    } else if (!(asks.has('bring') && this.forAnother(options, asks)))
      replies = this.details(say, asks, newYear, this.answeredKonbini(options, known)) ?? undefined;
    if (!replies) return null;
    await this.send(step, replies);
    return step.endDialog({ answered: 'certificate', ...(known ? { intent: known } : {}) });
  }

  /**
   * "How much?" — and, right after an answer, a bare "bao nhiêu?" as the whole message (R: the
   * ward office's answer came again). Alone it may also ask "how many (days)?", so it is read as
   * the fee only here, after a certificate's answer, where no count of days is in question.
   */
  private asksFee(step: WaterfallStepContext, asks: ReadonlySet<QuestionKind>): boolean {
    if (asks.has('fee')) return true;
    return this.followUp(step) && asks.has('amount') && this.questions.only(this.said(step) ?? '', 'amount');
  }

  /**
   * "Can I get it by mail?" (郵送で取り寄せできますか after the 戸籍 answer, R: "which certificate?"
   * came again): some certificates can be asked for by post or online — which, and the fees and
   * delivery, are on the city's page (not confirmed for each certificate, so not named) — and the
   * after-hours box, whose certificate comes by post.
   */
  private byMail(say: Say): Reply[] {
    return [
      say.lines(['certificate:online', 'certificate:requestBox']),
      say.page('window-fees'),
      say.contacts(['requestBox', 'wardSupport']),
    ];
  }

  /**
   * "My card expired" after the convenience store's answer: whether the machines take it, and
   * renewing it, are for the ward office and the card's page (not confirmed here); the window
   * and the weekend counters need no card.
   */
  private cardExpired(say: Say, certificate: Certificate | undefined): Reply[] {
    return [
      say.lines([
        'certificate:cardExpired',
        'certificate:window',
        ...(certificate ? this.windowFee(say, certificate) : []),
        'certificate:weekend',
        'certificate:requestBox',
      ]),
      say.page('my-number-card'),
      say.contacts(['wardSupport', 'requestBox']),
    ];
  }

  /** The window fees that are confirmed, and the city's page for the others and the machines'. */
  private allFees(say: Say): Reply[] {
    return [
      say.lines([
        ...Object.entries(WINDOW_FEE).map(([certificate, id]) =>
          feeLine(say, this.kb, 'certificate:feeFor', id, {
            certificate: say.label(`certificate:which.${certificate}`),
          }),
        ),
        'certificate:feeOthers',
      ]),
      say.page('window-fees'),
    ];
  }

  /**
   * "本籍が大阪市ではないんですが", "my registered domicile is not in Osaka": how to get a family
   * register certificate then is not on record here (it depends on the domicile's city or town);
   * said so, with the city's certificates page and the ward offices' support line.
   */
  private domicileElsewhere(say: Say): Reply[] {
    return [
      say.lines(['certificate:domicileElsewhere']),
      say.page('window-fees'),
      say.contacts(['wardSupport']),
    ];
  }

  /** The message says the registered domicile (本籍) is outside Osaka City. */
  private namesDomicileElsewhere(step: WaterfallStepContext, text: string): boolean {
    const route = this.router.route(text, this.say(step).locale);
    return route.topic === 'certificate' && route.intent === DOMICILE;
  }

  /** "Who may ask for a parent, with what" is on the city's page: that line, when asked about it. */
  private proxyDetails(say: Say): Reply[] {
    return [say.lines(['certificate:proxy']), say.page('window-fees'), say.contacts(['wardSupport'])];
  }

  /**
   * "How much?", "on Saturday?", "where?" typed at "which certificate?" (R9-11: the question came
   * again and again): what holds for every certificate — the confirmed window fees and the fees'
   * page, the weekend counters and the machines, the ward office — then the question once more.
   */
  private async detailsBeforeChoosing(
    step: WaterfallStepContext,
    text: string,
  ): Promise<DialogTurnResult | null> {
    const asks = this.questions.asks(text);
    const say = this.say(step);
    if (asks.has('fee')) {
      await this.send(step, this.allFees(say));
    } else {
      // "コンビニでとれる？何時まで": the machines' own answer (routed), not the hours in general.
      const details = this.asksKonbini(step, text)
        ? null
        : this.details(say, asks, this.newYear(step), false);
      if (!details) return null;
      await this.send(step, details);
    }
    return step.replaceDialog(this.initialDialogId, {} satisfies CertificateOptions);
  }

  /**
   * "When is the ward office open, where is it?": what is confirmed (Fridays, the fourth Sunday),
   * the ward's own page for the rest, and the ways to a certificate when it is closed. The
   * year-end line comes when asked and all through December, when residents plan for it.
   */
  private wardOffice(say: Say, newYear: boolean): Reply[] {
    return [
      say.lines([
        'certificate:wardOffice',
        ...(newYear ? ['certificate:yearEnd'] : []),
        'certificate:weekend',
        'certificate:requestBox',
        ...this.konbiniLines(newYear),
      ]),
      say.contacts(['wardWindow', 'requestBox', 'wardSupport']),
    ];
  }

  /** "On Saturday?", "in Umeda too?": the weekend counters, the machines and the request box. */
  private weekendWays(say: Say, newYear: boolean): Reply[] {
    return [
      say.lines(['certificate:weekend', ...this.konbiniLines(newYear), 'certificate:requestBox']),
      say.contacts(['serviceCorners', 'konbiniService', 'requestBox']),
    ];
  }

  /**
   * The answer to a question whose answer holds whatever the card: where and when the ward office
   * is open, the weekend counters, by mail, until what time, an appointment, what to bring; null
   * when it asks none of these.
   */
  private details(
    say: Say,
    asks: ReadonlySet<QuestionKind>,
    newYear: boolean,
    konbini: boolean,
  ): Reply[] | null {
    if (asks.has('mail')) return this.byMail(say);
    if (asks.has('where') || asks.has('visit')) return this.wardOffice(say, newYear);
    if (asksWeekend(asks)) return this.weekendWays(say, newYear);
    if (asksTimes(asks)) return this.times(say, asks, newYear, konbini);
    if (asks.has('bring')) return this.bring(say, newYear);
    return null;
  }

  /**
   * "What do I bring?": for the window it is not on record here (the city's page, or the ward
   * office); the machines need the My Number card and its PIN, which their line says.
   */
  private bring(say: Say, newYear: boolean): Reply[] {
    return [
      say.lines(['multicultural:bringUnknown', ...this.konbiniLines(newYear)]),
      say.page('window-fees'),
      say.contacts(['wardSupport']),
    ];
  }

  /** Asking for a parent or a spouse: said so now, or answered so at the card question before. */
  private forAnother(options: TopicOptions | undefined, asks: ReadonlySet<QuestionKind>): boolean {
    return asks.has('proxy') || cardAnswer(options) === 'proxy';
  }

  /**
   * "Do I need an appointment?": whether the window needs one is not on record, so the ward's page
   * or the ward office, with the machines' hours beside it ("preciso marcar horário?" asks this,
   * horário notwithstanding: deskQuestion). "Until what time?": right after the machines' answer,
   * their hours (the card says whether they are open now); else the ward office's (Fridays, the
   * fourth Sunday, the ward's page for weekdays), the weekend counters, the request box and the
   * machines.
   */
  private times(say: Say, asks: ReadonlySet<QuestionKind>, newYear: boolean, konbini: boolean): Reply[] {
    if (deskQuestion(asks) === 'appointment')
      return [
        say.lines(['certificate:appointmentUnknown', ...this.konbiniLines(newYear)]),
        say.contacts(['wardWindow', 'konbiniService', 'wardSupport']),
      ];
    if (!konbini) return this.wardOffice(say, newYear);
    return [say.lines(this.konbiniLines(newYear)), say.contacts(['konbiniService', 'wardSupport'])];
  }

  /** "Can I get it at the konbini? until when?": the machines' own answer, not the hours in general. */
  private asksKonbini(step: WaterfallStepContext, text: string): boolean {
    const route = this.router.route(text, this.say(step).locale);
    return route.topic === 'certificate' && route.intent === 'konbini';
  }

  /** The answer just given sent the resident to the machines (a card and PIN, a certificate they issue). */
  private answeredKonbini(options: CertificateOptions, certificate: Certificate | undefined): boolean {
    return certificate !== undefined && KONBINI.includes(certificate) && cardAnswer(options) === 'yes';
  }

  /** "Every day 6:30–23:00" holds today (not on the year-end days, when the card says so too). */
  private konbiniUsual(): boolean {
    const hours = this.kb.contact('konbiniService').hours;
    return !hours || !usualHoursUncertain(hours, this.clock.now());
  }

  /**
   * "How much is it?": the window fee where it is confirmed (住民票 300円, 戸籍 450円, 除籍 750円),
   * the city's page for the rest and for the convenience store's fees, which are not.
   */
  private fee(say: Say, certificate: Certificate): Reply[] {
    const window = this.windowFee(say, certificate);
    const lines: Array<string | [string, Record<string, unknown>]> = window.length
      ? [
          ...window,
          ...(certificate === 'koseki' ? [feeLine(say, this.kb, 'certificate:feeJoseki', 'feeJoseki')] : []),
          'certificate:feeOthers',
        ]
      : ['certificate:feeUnknown'];
    return [say.lines(lines), say.page('window-fees'), say.contacts(['wardSupport'])];
  }

  /** "The window fee is …" where it is confirmed; nothing where it is not. */
  private windowFee(say: Say, certificate: Certificate): Array<[string, Record<string, unknown>]> {
    const id = WINDOW_FEE[certificate];
    return id ? [feeLine(say, this.kb, 'certificate:fee', id)] : [];
  }

  /** The convenience store's line: its hours when they hold today, and the New Year caveat. */
  private konbiniLines(newYear: boolean): string[] {
    if (!this.konbiniUsual()) return ['certificate:wardKonbiniUncertain'];
    return ['certificate:wardKonbini', ...(newYear ? ['certificate:konbiniYearEnd'] : [])];
  }

  /**
   * The New Year matters to this answer: the resident asked about it, named one of its days
   * (1月2日にコンビニで…), or it is December, when residents plan for it.
   */
  private newYear(step: WaterfallStepContext): boolean {
    const intent = this.intent(step);
    if (intent === 'wardYearEnd' || intent === 'konbiniYearEnd') return true;
    const today = jstParts(this.clock.now()).date;
    if (isYearEndSeason(today)) return true;
    const said = this.said(step);
    const date = said ? parseDateInput(said, today, dateReadingFor(this.say(step).locale)) : null;
    return date !== null && isYearEndClosure(date);
  }

  private async card(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) {
      const text = choice.reroute.reroute;
      const details = text === undefined ? null : await this.detailsBeforeChoosing(step, text);
      return details ?? step.endDialog(choice.reroute);
    }
    const certificate = (CERTIFICATES as readonly string[]).includes(choice.value)
      ? (choice.value as Certificate)
      : 'other';
    this.values(step).certificate = certificate;
    const said = this.said(step) ?? '';
    const asks = this.questions.asks(said);
    if (this.asksFee(step, asks)) {
      await this.send(step, this.fee(this.say(step), certificate));
      return step.endDialog({ answered: 'certificate', intent: certificate });
    }
    if (certificate === 'other') {
      const say = this.say(step);
      // Which other certificates the machines issue is not confirmed (osaka-facts.md): no
      // "you can get it at a convenience store" here, only where to ask and the service's card.
      await this.send(step, [
        say.lines(['certificate:otherInfo']),
        say.contacts(['konbiniService', 'wardSupport']),
        say.text('noApplications'),
      ]);
      return step.endDialog({ answered: 'certificate' });
    }
    const followUp = this.followUp(step);
    const options = step.options as TopicOptions | undefined;
    // Right after an answer, "委任状いる？", "what do I need?" for a parent (R: "did not
    // understand", or the whole answer again): what a proxy needs, on the city's page.
    if (
      followUp &&
      this.forAnother(options, asks) &&
      (asks.has('proxy') || asks.has('needs') || asks.has('bring'))
    ) {
      // Kept, so "what do I need?" after this answer is still about the parent.
      this.record(step, CARD_PROMPT, { kind: 'choice', value: 'proxy' });
      await this.send(step, this.proxyDetails(this.say(step)));
      return step.endDialog({ answered: 'certificate', intent: certificate });
    }
    // Asking for a parent or a spouse: their card is not the resident's to use, so no card
    // question; the window, the post and what a proxy needs (on the city's page).
    if (asks.has('proxy')) return this.decided(step, CARD_PROMPT, 'proxy');
    if (NO_CARD.some((p) => p.test(said))) return this.decided(step, CARD_PROMPT, 'no');
    // Right after an answer, the card's answer said anew (あんしょうばんごうわかりません after the
    // machines') is that answer; anything else the follow-up asks that no detail covers ("what do
    // I need?", "what hours?" in words no list knows) gets the answer for the card answer given
    // before, not the card question once more (it came again after every such question).
    if (followUp) {
      const answer = cardAnswerIn(said) ?? options?.before?.[CARD_PROMPT];
      if (answer) return this.decided(step, CARD_PROMPT, answer);
    }
    // "住民票は土曜日ももらえますか", "…コンビニで取れるんですかね何時までですかね": what holds
    // whatever the card first, then the card question (it came alone, the question unanswered).
    const details = followUp ? null : this.details(this.say(step), asks, this.newYear(step), false);
    if (details) await this.send(step, details);
    return this.ask(step, {
      prompt: CARD_PROMPT,
      choices: CARD_ANSWERS.map((a) => ({ value: action.opt(a), label: a })),
      mode: 'closed',
      detailsBack: [...AT_CARD_QUESTION, ...DESK_QUESTIONS],
      typedAnswers: 'myNumberCard',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const certificate = this.values(step).certificate as Certificate;
    const picked = this.choiceOf(step);
    let choice: { value: string };
    if ('reroute' in picked) {
      const text = picked.reroute.reroute;
      if (text === undefined) return step.endDialog(picked.reroute);
      const answered = cardAnswerIn(text);
      // "本籍が大阪市ではないんですが" at the card question (R: "could not read that answer"): that
      // it is not on record here; for a 戸籍 that is the answer, for the others the card question again.
      if (!answered && this.namesDomicileElsewhere(step, text)) {
        await this.send(step, this.domicileElsewhere(this.say(step)));
        if (certificate === 'koseki') return step.endDialog({ answered: 'certificate', intent: certificate });
        return step.replaceDialog(this.initialDialogId, { intent: certificate } satisfies TopicOptions);
      }
      if (!answered) {
        const asks = this.questions.asks(text);
        // "For my mother" at the card question: no card question, the proxy answer.
        if (asks.has('proxy'))
          return step.replaceDialog(this.initialDialogId, {
            intent: certificate,
            text,
          } satisfies TopicOptions);
        // "My card expired" about the certificate just chosen (R8-10): that answer, as right after
        // an answer, not the card question again nor "which certificate?".
        if (SETTLED_AT_CARD_QUESTION.some((kind) => asks.has(kind)))
          return step.replaceDialog(this.initialDialogId, {
            intent: certificate,
            text,
            followUp: true,
          } satisfies TopicOptions);
        // "Can I get it at the konbini? Until when?" about the certificate chosen (R9-11: it was
        // forgotten, and "which certificate?" came): the machines' hours, then the card question.
        if (this.asksKonbini(step, text))
          return step.replaceDialog(this.initialDialogId, {
            intent: 'konbini',
            text,
            chosen: certificate,
          } satisfies CertificateOptions);
        // "How much?", "on Saturday?", "until what time?", "what do I bring?": the answer, then the
        // card question again — its buttons are still on the screen, and "yes" there still answers it.
        const details = asks.has('fee')
          ? this.fee(this.say(step), certificate)
          : this.details(this.say(step), asks, this.newYear(step), false);
        if (details) {
          await this.send(step, details);
          return step.replaceDialog(this.initialDialogId, { intent: certificate } satisfies TopicOptions);
        }
        return step.endDialog(picked.reroute);
      }
      choice = { value: answered };
      this.record(step, CARD_PROMPT, { kind: 'choice', value: answered });
    } else {
      choice = picked;
    }
    const say = this.say(step);
    const fee = this.windowFee(say, certificate);
    // "はい、いくらですか", "yes, how much is it?" typed at the card question: the yes answers it,
    // and the fee is asked too. The window's answers hold its fee; the machines' gets the fees.
    const typed = step.context.activity.text;
    const feeAsked =
      typeof typed === 'string' && parseAction(typed) === null && this.questions.asks(typed).has('fee');
    // Whoever is sent to the window or the machines hears about the New Year when it matters.
    const newYear = this.newYear(step);
    // The window, with its closure and fee, and the weekend counters: in every answer without the machines.
    const windowLines = [
      'certificate:window',
      ...(newYear ? ['certificate:yearEnd'] : []),
      ...fee,
      'certificate:weekend',
    ];
    if (choice.value === 'yes' && KONBINI.includes(certificate)) {
      const usual = this.konbiniUsual();
      await this.send(step, [
        say.lines([
          usual ? 'certificate:konbini' : 'certificate:konbiniUncertain',
          ...(usual && newYear ? ['certificate:konbiniYearEnd'] : []),
          'certificate:online',
        ]),
        say.contacts(['konbiniService']),
        ...(feeAsked ? this.fee(say, certificate) : []),
        say.text('noApplications'),
      ]);
    } else if (choice.value === 'yes') {
      await this.send(step, [
        say.lines(['certificate:kosekiKonbini', ...windowLines]),
        say.contacts(['konbiniService', 'wardSupport']),
        say.text('noApplications'),
      ]);
    } else if (choice.value === 'proxy') {
      await this.send(step, [
        say.lines(['certificate:proxy', ...windowLines, 'certificate:online']),
        say.page('window-fees'),
        say.contacts(['wardSupport']),
        say.text('noApplications'),
      ]);
    } else {
      await this.send(step, [
        say.lines([
          ...windowLines,
          'certificate:requestBox',
          'certificate:online',
          ...(choice.value === 'no' ? ['certificate:getCard'] : []),
        ]),
        say.contacts(['requestBox', 'wardSupport']),
        say.text('noApplications'),
      ]);
    }
    return step.endDialog({ answered: 'certificate', intent: certificate });
  }
}

/**
 * The card question's answer given on the way to the answer a follow-up is about: a button's value
 * (opt:yes) or one read from the resident's words (proxy), without the opt: prefix.
 */
function cardAnswer(options: Pick<TopicOptions, 'before'> | undefined): string | undefined {
  const pick = options?.before?.[CARD_PROMPT];
  return pick?.kind === 'choice' ? pick.value.replace(/^opt:/, '') : undefined;
}

/** A fee line: the key with the fee fact `id` written out in the resident's locale. */
function feeLine(
  say: Say,
  kb: KnowledgeBase,
  key: string,
  id: string,
  vars: Record<string, unknown> = {},
): [string, Record<string, unknown>] {
  return [key, { ...vars, fee: say.fmt.fact(kb.fact(id), say.locale) }];
}
