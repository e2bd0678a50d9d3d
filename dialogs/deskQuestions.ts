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

const LINES: Record<DeskQuestion, string> = { hours: 'deskHours', appointment: 'deskAppointment' };

/** The desk question the words ask, if any. */
export function deskQuestion(asks: ReadonlySet<QuestionKind>): DeskQuestion | undefined {
  return DESK_QUESTIONS.find((kind) => asks.has(kind));
}

/** One line for the question, then the desks' cards. */
export function deskAnswer(say: Say, asked: DeskQuestion, desks: readonly string[]): Reply[] {
  return [say.text(LINES[asked]), say.contacts(desks)];
}
