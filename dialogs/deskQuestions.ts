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
 */
export type DeskAsked = DeskQuestion | 'where';

const LINES: Record<DeskAsked, string> = {
  hours: 'deskHours',
  appointment: 'deskAppointment',
  where: 'deskWhere',
};

/** The desk question the words ask, if any. */
export function deskQuestion(asks: ReadonlySet<QuestionKind>): DeskQuestion | undefined {
  return DESK_QUESTIONS.find((kind) => asks.has(kind));
}

/** deskQuestion, or "where is it?". */
export function deskAsked(asks: ReadonlySet<QuestionKind>): DeskAsked | undefined {
  return deskQuestion(asks) ?? (asks.has('where') ? 'where' : undefined);
}

/** One line for the question, then the desks' cards. */
export function deskAnswer(say: Say, asked: DeskAsked, desks: readonly string[]): Reply[] {
  return [say.text(LINES[asked]), say.contacts(desks)];
}
