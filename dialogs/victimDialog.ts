import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { QuestionKind, QuestionWords } from '../knowledge/routing/questionWords';
import type { Router } from '../knowledge/routing/router';
import { SURE_ROUTE_CONFIDENCE } from '../knowledge/routing/router';
import { action } from './actions';
import { deskAnswer } from './deskQuestions';
import { VICTIM_DIALOG } from './ids';
import type { InputResult } from './inputs';
import { leavesBy } from './inputs';
import { fold } from '../knowledge/routing/normalize';
import type { Answers, DialogDeps, Menu, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { VICTIM_DIALOG };

const CHOICES = ['support', 'cityDesk', 'police', 'centre', 'stop'] as const;
type Choice = (typeof CHOICES)[number];

/**
 * What a victim asks in words on the way: not the police, staying anonymous, whether it costs,
 * which number to call, until what time the desks answer, whether they need an appointment.
 * Also intents: the router sends "I don't want the police" here.
 */
const ASKED = [
  'noPolice',
  'anonymous',
  'free',
  'numbers',
  'support',
  'hours',
  'appointment',
  'where',
  'weekend',
  'reported',
] as const;
type Asked = (typeof ASKED)[number];

/** An answer this path gives: a menu choice's, or one to a question asked in words. */
type Given = Exclude<Choice, 'stop'> | Asked;

const MENU: Menu<Choice> = { choices: CHOICES, ns: 'victim', open: true };

/** After an answer: the menu again ("see other support?"), with the answer just given. */
interface VictimOptions {
  again?: boolean;
  last?: Given;
  /** Words the menu did not know were met once already: the next go to the main dialog. */
  retried?: boolean;
}

const DESKS = ['victimDesk', 'advocacyCentre'];
/** The desks to consult by phone or in person: the city's, the centre, and the police's #9110. */
const CONSULT_DESKS = [...DESKS, 'police9110'];

/** The choices a first message may name by their label: the desks, not "what support" or "stop". */
const NAMED = ['cityDesk', 'police', 'centre'] as const satisfies readonly Choice[];

/** The desk an answer was about, when it was one desk's answer (the city's, the police's, the centre's). */
const deskOf = (given: Given | undefined): Given | undefined => NAMED.find((c) => c === given);

const ANSWERS: Answers<Given> = {
  support: (say) => [say.text('victim:support'), say.page('victim-support')],
  cityDesk: (say) => [say.text('victim:cityDesk'), say.contacts(['victimDesk'])],
  police: (say) => [say.text('victim:police'), say.contacts(['police110', 'police9110'])],
  centre: (say) => [say.text('victim:centre'), say.contacts(['advocacyCentre'])],
  // The centre's support is free (secondary fact, as in its answer); the city desk's page says the rest.
  free: (say) => [say.text('victim:free'), say.contacts(['advocacyCentre', 'victimDesk'])],
  // Whether a desk takes an anonymous call is not confirmed: asked of the desk, not promised here.
  anonymous: (say) => [say.text('victim:anonymous'), say.contacts(DESKS)],
  // Not wanting the police is heard, not argued with: the desks that are not the police, and 110
  // for danger now.
  noPolice: (say) => [say.text('victim:noPolice'), say.contacts(DESKS)],
  // "What number?": this path's contacts, as "talk to a person" lists them, without leaving it.
  numbers: (say) => [
    say.text('handoff:forTopic', { topic: say.t('menu.victim') }),
    say.contacts([...CONSULT_DESKS, 'police110']),
  ],
  // "Until what time?", "do I need an appointment?" at the menu or after an answer: the desks,
  // whose cards carry the hours on record. Then "see other support?", as after every answer here,
  // not an end: asked at the menu, no desk has been chosen yet, and this path ends only when the
  // resident says so.
  hours: (say) => deskAnswer(say, 'hours', CONSULT_DESKS),
  appointment: (say) => deskAnswer(say, 'appointment', CONSULT_DESKS),
  // "Where is it?": no desk's address is on record; their cards carry the phone and the page.
  where: (say) => deskAnswer(say, 'where', CONSULT_DESKS),
  // "And on Saturday?": the days each desk answers are on its card (the centre: weekdays only).
  weekend: (say) => deskAnswer(say, 'weekend', CONSULT_DESKS),
  // "I already told the police", 已经报警了: the desks besides the police, without the menu's
  // opening words once more (R10-09).
  reported: (say) => [say.text('handoff:forTopic', { topic: say.t('menu.victim') }), say.contacts(DESKS)],
};

/** Questions about the desks asked at the menu or after an answer, not on entering the path. */
const LATER_ONLY: ReadonlySet<Asked> = new Set(['where', 'weekend']);

/** Questions about one desk's days and hours: that desk's answer, whose card carries them. */
const ABOUT_HOURS: ReadonlySet<Asked> = new Set(['hours', 'weekend']);

/**
 * The answer to give for a question asked in words and a desk named: the question's, except that
 * "what number?", "what support?", "until what time?" or "on Saturday?" naming one desk
 * (支援センターの電話番号は？, 支援センターは何時まで？) gets that desk's answer alone.
 */
function either(asked: Asked | undefined, named: Given | undefined): Given | undefined {
  return asked === 'numbers' || asked === 'support' || (asked !== undefined && ABOUT_HOURS.has(asked))
    ? (named ?? asked)
    : (asked ?? named);
}

/** The question kind (questionWords.json) each spoken question is. */
const KIND: Record<Asked, QuestionKind> = {
  noPolice: 'noPolice',
  anonymous: 'anonymous',
  free: 'fee',
  numbers: 'number',
  support: 'support',
  hours: 'hours',
  appointment: 'appointment',
  where: 'where',
  weekend: 'weekend',
  reported: 'reported',
};

/**
 * Crime-victim support, trauma-aware: it never asks what happened, offers what exists, and can be
 * left at any moment. It asks no "was this helpful?" either: rating is not what this moment needs.
 * What victims ask first in their own words ("is it free?", "can I stay anonymous?", "I don't want
 * the police", "what number?") is answered here, not sent to another service by its words.
 */
export class VictimDialog extends TopicDialog {
  private readonly router: Router;
  private readonly questions: QuestionWords;

  constructor(deps: DialogDeps) {
    super(VICTIM_DIALOG, deps);
    this.questions = deps.questions;
    this.router = deps.router;
    this.flow(
      (s) => {
        // Asked in words first ("I don't want the police", or "is it free?" after this path's
        // answer): that answer, then the menu.
        const intent = this.intent(s);
        const again = this.victimOptions(s).again === true;
        const said = this.said(s);
        // "Is the support centre open now?", "the centre's number?": the desk it names, with the
        // opening words. (A desk the router named as the intent is the menu's own pick, below.)
        const byWords = (intent === undefined || intent === 'numbers') && !again && !this.followUp(s);
        const named = byWords && said ? this.named(s, said) : undefined;
        // Asked in words on entering (どんな支援がありますか, "is it free?"): that answer at once.
        const spoken = byWords && said ? this.asked(said) : undefined;
        // "Where do I consult?" on entering asks which desk, which the menu offers; "where is it?"
        // about the desks comes at the menu or after an answer. So does "on Saturday?": on
        // entering, 土曜日に… tells what happened.
        const asked =
          ASKED.find((a) => a === intent) ?? (spoken && !LATER_ONLY.has(spoken) ? spoken : undefined);
        const given = either(asked, named);
        // The opening words come once, on entering the path, not with a question about its answer.
        if (given) return this.give(s, given, !again && !this.followUp(s));
        return this.offer(s, again ? { ...MENU, prompt: 'victim:more', followsAnswer: true } : MENU);
      },
      (s) => this.answer(s),
    );
  }

  private victimOptions(step: WaterfallStepContext): VictimOptions {
    return step.options ?? {};
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { last, retried, again } = this.victimOptions(step);
    const result = step.result as InputResult | undefined;
    // Once more, or another language, at "see other support?": the answer just given, again.
    if (result?.kind === 'choice' && result.value === action.again() && last !== undefined)
      return this.give(step, last);
    if (result?.kind === 'text') {
      // "188って無料？": a question about another service, named by a rule, is that service's,
      // not this path's "is it free?" (which would answer for the support centre).
      const route = this.router.route(result.text, this.say(step).locale);
      const otherService =
        route.topic !== 'victim' && route.topic !== 'fallback' && route.confidence >= SURE_ROUTE_CONFIDENCE;
      const asked = otherService ? undefined : this.asked(result.text);
      // "What time?", "on Saturday?" right after one desk's answer is about that desk, as if named:
      // its answer again, whose card carries its hours (R8-08).
      const named =
        this.named(step, result.text) ??
        (asked !== undefined && ABOUT_HOURS.has(asked) && again === true ? deskOf(last) : undefined);
      const given = otherService ? undefined : either(asked, named);
      if (given) return this.give(step, given);
      // Words the menu does not know, and no other service's: the menu once more, as any question
      // with buttons asks again once, before they go to the main dialog.
      const elsewhere = leavesBy(route);
      // Asking for this path again at its own menu (quero ajuda para vítimas de crime, R10-09): what
      // support exists (or the question the router reads), not its opening words once more.
      if (elsewhere && route.topic === 'victim')
        return this.give(step, ASKED.find((a) => a === route.intent) ?? 'support');
      // "What time?", "and on Saturday?" right after an answer: about it, so it comes again.
      if (!elsewhere && again === true && last !== undefined && this.followUps.asks(result.text))
        return this.give(step, last);
      if (!elsewhere && !retried)
        return step.replaceDialog(this.initialDialogId, {
          ...this.victimOptions(step),
          retried: true,
        } satisfies VictimOptions);
    }
    const choice = this.chosen(step, CHOICES, 'support');
    if (typeof choice !== 'string') {
      // Typed at "see other support?": right after the answer `last`, which it may ask about.
      const after = choice.reroute !== undefined && last !== undefined;
      return step.endDialog(
        after ? ({ ...choice, afterAnswer: true, intent: last } satisfies TopicResult) : choice,
      );
    }
    if (choice === 'stop') {
      await this.send(step, [this.say(step).text('victim:stopped')]);
      // After an answer, its desk is still what "until what time?" next asks about.
      return step.endDialog({
        stopped: true,
        ...(last !== undefined ? { intent: last } : {}),
      } satisfies TopicResult);
    }
    return this.give(step, choice);
  }

  /**
   * The one desk the words name by its button's label ("is the support centre open?", 市の相談窓口は,
   * しえんセンター): its answer at once, rather than the menu that lists it.
   */
  private named(step: WaterfallStepContext, text: string): Given | undefined {
    const say = this.say(step);
    const typed = fold(text);
    const named = NAMED.filter((c) => {
      const choice = { value: action.opt(c), label: `victim:choice.${c}` };
      return say.foldedForms(choice).some((l) => l.length > 0 && typed.includes(l));
    });
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * The question a victim asked in words, the first of ASKED; "on Saturday?" in a short message
   * only: a longer one with 土曜日 tells what happened that day.
   */
  private asked(text: string): Asked | undefined {
    const asks = this.questions.asks(text);
    return ASKED.find((a) => asks.has(KIND[a]) && (a !== 'weekend' || this.followUps.asks(text)));
  }

  /** That answer, then "see other support?"; on entering the path, after its opening words. */
  private async give(step: WaterfallStepContext, given: Given, opening = false): Promise<DialogTurnResult> {
    const say = this.say(step);
    await this.send(step, [...(opening ? [say.text('victim:intro')] : []), ...ANSWERS[given](say)]);
    return step.replaceDialog(this.initialDialogId, { again: true, last: given } satisfies VictimOptions);
  }
}
