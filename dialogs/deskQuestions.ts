import type { QuestionKind } from '../knowledge/routing/questionWords';
import type { Reply, Say } from './presenter';

/**
 * "Until what time?", "do I need an appointment?" about the phone desks an answer listed (the
 * consumer centre and 188, the crime-victim desks). Their hours, as far as they are confirmed,
 * are on their cards (contacts.json), which say "see the official page" where they are not;
 * whether they need an appointment is not on record at all (osaka-facts.md), so it is said not
 * to be. Both asked, the appointment wins: "preciso marcar horário?" asks for one (horário is
 * also an hours word).
 */
export const DESK_QUESTIONS = ['appointment', 'hours'] as const satisfies readonly QuestionKind[];
export type DeskQuestion = (typeof DESK_QUESTIONS)[number];

/**
 * And "where is it?": none of these desks' addresses is on record (osaka-facts.md), so it is said
 * not to be, with the cards (a phone number, the official page). Asked with either of the two, that
 * one is answered ("where, until when?": the hours' line, whose cards carry the pages too).
 * "And on Saturday?" after an answer: the days each desk answers are on its card as far as they are
 * on record (188 at weekends, the support centre on weekdays), so a line that says where to look,
 * not the hours' line again nor the answer before it.
 */
export type DeskAsked = DeskQuestion | 'where' | 'weekend' | 'fee';

/** What deskAsked reads besides DESK_QUESTIONS, in this order. */
const ALSO_ASKED = ['where', 'weekend', 'fee'] as const satisfies readonly DeskAsked[];

/** "Is it free?": whether these desks charge is not on record either (osaka-facts.md). */
const LINES: Record<DeskAsked, string> = {
  hours: 'common:deskHours',
  appointment: 'common:deskAppointment',
  where: 'common:deskWhere',
  weekend: 'common:deskWeekend',
  fee: 'multicultural:feeUnknown',
};

/** The desk question the words ask, if any. */
export function deskQuestion(asks: ReadonlySet<QuestionKind>): DeskQuestion | undefined {
  return DESK_QUESTIONS.find((kind) => asks.has(kind));
}

/** deskQuestion, or "where is it?", "on Saturday?", "is it free?". */
export function deskAsked(asks: ReadonlySet<QuestionKind>): DeskAsked | undefined {
  return deskQuestion(asks) ?? ALSO_ASKED.find((kind) => asks.has(kind));
}

/** One line for the question, then the desks' cards. */
export function deskAnswer(say: Say, asked: DeskAsked, desks: readonly string[]): Reply[] {
  return [say.text(LINES[asked]), say.contacts(desks)];
}
