import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import { MULTICULTURAL_FOLLOW_UPS } from '../knowledge/routing/questionWords';
import { MULTICULTURAL_DIALOG } from './ids';
import type { Reply, Say } from './presenter';
import type { Answers, DialogDeps, Menu, TopicOptions } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { MULTICULTURAL_DIALOG };

const CHOICES = ['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'] as const;

/** The one-day information service's answer: its menu choice, and the router's intent for it. */
export const ONE_DAY = 'oneDay' satisfies (typeof CHOICES)[number];
type Choice = (typeof CHOICES)[number];

const MENU: Menu<Choice> = {
  choices: CHOICES,
  ns: 'multicultural',
  // Intents the router finds that have no page of their own.
  aliases: new Map([
    ['residenceCard', 'consult'],
    ['myNumberLost', 'myNumber'],
    ['school', 'consult'],
  ]),
};

const ANSWERS: Answers<Choice> = {
  consult: (say) => [say.text('multicultural:consult'), say.contacts(['ihOsaka', 'ofix'])],
  movingIn: (say) => [say.text('multicultural:movingIn'), say.page('moving-in')],
  myNumber: (say) => [
    say.lines(['multicultural:myNumber', 'multicultural:myNumberHelp']),
    say.page('my-number-card'),
  ],
  oneDay: (say) => [say.text('multicultural:oneDay'), say.contacts(['oneDayService'])],
  humanRights: (say) => [say.text('multicultural:humanRights'), say.contacts(['mojHumanRights'])],
};

/**
 * Where each answer's details can be checked: the official page, or the desks it named. A question
 * about a detail this chat has no confirmed fact for is sent there.
 */
const WHERE_TO_CHECK: Readonly<Record<Choice, (say: Say) => Reply>> = {
  consult: (say) => say.contacts(['ihOsaka', 'ofix']),
  movingIn: (say) => say.page('moving-in'),
  myNumber: (say) => say.page('my-number-card'),
  oneDay: (say) => say.contacts(['oneDayService']),
  humanRights: (say) => say.contacts(['mojHumanRights']),
};

/** The details a question right after an answer may ask, in the order they are answered. */
const DETAILS = ['weekend', 'fee', 'bring'] as const satisfies readonly QuestionKind[];
type Detail = (typeof DETAILS)[number];

/**
 * What is confirmed about each answer's details (osaka-facts.md): the ward office's Friday evening
 * and fourth Sunday (some procedures only) for moving in and the My Number card; the first card
 * free; the one-day service free; the moving-in documents; the human-rights line on weekdays only.
 * Everything else is said not to be on record here, with where to check it; never guessed.
 */
const DETAIL_LINES: Readonly<Record<Detail, Readonly<Record<Choice, string>>>> = {
  weekend: {
    consult: 'multicultural:hoursUnknown',
    movingIn: 'multicultural:wardDays',
    myNumber: 'multicultural:wardDays',
    oneDay: 'multicultural:hoursUnknown',
    humanRights: 'multicultural:weekdaysOnly',
  },
  fee: {
    consult: 'multicultural:feeUnknown',
    movingIn: 'multicultural:feeUnknown',
    myNumber: 'multicultural:myNumberFree',
    oneDay: 'multicultural:oneDayFree',
    // A telephone line with no page on record: asked when calling, not "see the page below".
    humanRights: 'multicultural:feeAskByPhone',
  },
  bring: {
    consult: 'multicultural:bringUnknown',
    movingIn: 'multicultural:movingInBring',
    myNumber: 'multicultural:bringUnknown',
    oneDay: 'multicultural:bringUnknown',
    humanRights: 'multicultural:phoneLine',
  },
};

/** Answers whose procedure is done at the ward office of the ward one lives in. */
const AT_WARD_OFFICE: ReadonlySet<Choice> = new Set(['movingIn', 'myNumber']);

type OwnKind = (typeof MULTICULTURAL_FOLLOW_UPS)[number];

/**
 * "Where?", "until what time?", "do I need an appointment?" after the answers not done at the ward
 * office (those: wardLines). Confirmed: the one-day service needs no reservation; the human-rights
 * line is a telephone line, on weekdays (its card carries the hours, 9:00–17:00). Not on record
 * (R9-15): International House's address, hours and booking, the one-day service's next date,
 * hours and venue; said so, with the card where to check.
 */
const DESK_LINES: Readonly<Partial<Record<Choice, Readonly<Record<OwnKind, string>>>>> = {
  consult: {
    where: 'multicultural:deskWhere',
    hours: 'multicultural:deskHours',
    appointment: 'multicultural:deskAppointment',
  },
  oneDay: {
    where: 'multicultural:oneDayWhen',
    hours: 'multicultural:oneDayWhen',
    appointment: 'multicultural:oneDayFree',
  },
  humanRights: {
    where: 'multicultural:phoneLine',
    hours: 'multicultural:weekdaysOnly',
    appointment: 'multicultural:deskAppointment',
  },
};

/**
 * Where to go and when, after an answer done at the ward office (moving in, the My Number card):
 * the ward office of the ward one lives in; its hours as far as they are confirmed (Fridays until
 * 19:00, the fourth Sunday for some procedures; the weekday hours are not on record, so said not to
 * be); whether an appointment is needed is not on record either. The certificate dialog's
 * ward-office line where only "where?" is asked. Empty after the other answers, and when none of
 * these is asked ("on Saturday?" alone is a detail: DETAIL_LINES).
 */
function wardLines(choice: Choice, asks: ReadonlySet<QuestionKind>): string[] {
  if (!AT_WARD_OFFICE.has(choice) || !MULTICULTURAL_FOLLOW_UPS.some((kind) => asks.has(kind))) return [];
  const where = asks.has('where');
  const hours = asks.has('hours');
  const weekend = asks.has('weekend');
  return [
    ...(where ? ['multicultural:wardWhere'] : []),
    // One line for the hours: the whole week's when asked until when; the weekend's; else the
    // certificate dialog's ward-office line (where it is and its weekday hours on the ward's page).
    ...(hours
      ? ['multicultural:wardHours']
      : weekend
        ? ['multicultural:wardDays']
        : where
          ? ['certificate:wardOffice']
          : []),
    ...(asks.has('appointment') ? ['multicultural:appointmentUnknown'] : []),
  ];
}

/**
 * "Is it open on Saturday?", "is it free?", "what do I bring?", "where?", "until what time?", "do I
 * need an appointment?" right after an answer: those details of it, not the same answer again.
 * Undefined when the question asks none of them.
 */
function detailReplies(say: Say, choice: Choice, asks: ReadonlySet<QuestionKind>): Reply[] | undefined {
  const ward = wardLines(choice, asks);
  const desk = DESK_LINES[choice];
  const own = desk
    ? MULTICULTURAL_FOLLOW_UPS.filter((kind) => asks.has(kind)).map((kind) => desk[kind])
    : ward;
  // One line for the days and hours: the ward's lines say the weekend's; a desk's hours line does.
  const weekendSaid = ward.length > 0 || (desk !== undefined && asks.has('hours'));
  const asked = DETAILS.filter((kind) => asks.has(kind) && !(kind === 'weekend' && weekendSaid));
  if (asked.length === 0 && own.length === 0) return undefined;
  const lines = [...new Set([...own, ...asked.map((kind) => DETAIL_LINES[kind][choice])])];
  // The ward office's days: its card, which carries the fourth Sunday's hours; where and until
  // when, also the city's line for the ward offices (区政支援室), as in the certificate's answer.
  const wardDays = lines.includes('multicultural:wardDays');
  const wardContacts = ward.length > 0 ? ['wardWindow', 'wardSupport'] : wardDays ? ['wardWindow'] : [];
  return [
    say.lines(lines),
    ...(wardContacts.length ? [say.contacts(wardContacts)] : []),
    WHERE_TO_CHECK[choice](say),
  ];
}

/**
 * What a question right after the answer asks: "when is it?" (언제 해요?, いつですか, "when is it?")
 * after the one-day service's asks its date, as "until what time?" does (DESK_LINES: the next
 * date, hours and place are not on record here). After another answer "when" is read as nothing.
 */
function asked(choice: Choice, asks: Set<QuestionKind>): Set<QuestionKind> {
  if (choice === ONE_DAY && asks.has('when')) asks.add('hours');
  return asks;
}

/** The line a consult answer begins with for the intents that reach it without a menu choice of their own. */
const FIRST_LINES: Readonly<Partial<Record<string, string>>> = {
  residenceCard: 'multicultural:residenceCard',
  school: 'multicultural:school',
};

const lostCard = (say: Say): Reply[] => [
  say.text('multicultural:myNumberHelp'),
  say.page('my-number-card'),
  say.contacts(['wardSupport']),
];

/** Life information for foreign residents (多文化共生). */
export class MulticulturalDialog extends TopicDialog {
  private readonly questions: QuestionWords;

  constructor(deps: DialogDeps) {
    super(MULTICULTURAL_DIALOG, deps);
    this.questions = deps.questions;
    this.flow(
      (s) => this.offer(s, MENU),
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen(step, CHOICES, 'consult');
    if (typeof choice !== 'string') return step.endDialog(choice);
    const say = this.say(step);
    const intent = this.answeredIntent(step, choice, MENU);
    // A residence card lost or to renew: said plainly that its procedure is not known here (not a
    // confirmed fact), before the desks that can say where to go. So is enrolling a child in school
    // (子どもを学校に入れたい, 孩子上学): the desk that covers children's education in the resident's
    // language, not the menu, which has no school choice.
    const first = choice === 'consult' ? FIRST_LINES[this.intent(step) ?? ''] : undefined;
    const asks = this.followUp(step) ? asked(choice, this.questions.asks(this.said(step) ?? '')) : undefined;
    // "Where?" right after either asks where to do it: that line again, which says the desks can
    // tell, not International House's address (どこ？ got "its address is not on record").
    if (first && asks?.has('where')) {
      await this.send(step, [say.text(first), WHERE_TO_CHECK.consult(say)]);
      return step.endDialog({ answered: 'multicultural', intent });
    }
    // "¿En español?", 한국어로 상담할 수 있어요?, 何語で相談できますか right after the one-day service's
    // answer: in which languages it is held. Their number is on record, not which they are: said so, with its page
    // (the language was switched, or the desks that answer in one's language came instead).
    if (choice === ONE_DAY && asks && (step.options as TopicOptions | undefined)?.asksLanguage) {
      await this.send(step, [say.text('multicultural:oneDayLanguages'), WHERE_TO_CHECK.oneDay(say)]);
      return step.endDialog({ answered: 'multicultural', intent });
    }
    // A question about the answer just given ("土曜日もやってる？", "is it free?", "what do I bring?"):
    // that detail, as far as it is confirmed (multi-turn probes: the same answer came again).
    const details = asks && detailReplies(say, choice, asks);
    if (details) {
      await this.send(step, details);
      return step.endDialog({ answered: 'multicultural', intent });
    }
    // "I lost my My Number card": what to do now, not first what the card is.
    const lost = choice === 'myNumber' && this.intent(step) === 'myNumberLost';
    const replies = lost ? lostCard(say) : ANSWERS[choice](say);
    await this.send(step, first ? [say.text(first), ...replies] : replies);
    return step.endDialog({ answered: 'multicultural', intent });
  }
}
