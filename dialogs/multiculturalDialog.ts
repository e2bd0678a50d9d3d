import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { MULTICULTURAL_DIALOG } from './ids';
import type { Reply, Say } from './presenter';
import type { Answers, DialogDeps, Menu } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { MULTICULTURAL_DIALOG };

const CHOICES = ['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'] as const;
type Choice = (typeof CHOICES)[number];

const MENU: Menu<Choice> = {
  choices: CHOICES,
  ns: 'multicultural',
  // Intents the router finds that have no page of their own.
  aliases: new Map([
    ['residenceCard', 'consult'],
    ['myNumberLost', 'myNumber'],
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

const lostCard = (say: Say): Reply[] => [
  say.text('multicultural:myNumberHelp'),
  say.page('my-number-card'),
  say.contacts(['wardSupport']),
];

/** Life information for foreign residents (多文化共生). */
export class MulticulturalDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(MULTICULTURAL_DIALOG, deps);
    this.flow(
      (s) => this.offer(s, MENU),
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen(step, CHOICES, 'consult');
    if (typeof choice !== 'string') return step.endDialog(choice);
    const say = this.say(step);
    // "I lost my My Number card": what to do now, not first what the card is.
    const lost = choice === 'myNumber' && this.intent(step) === 'myNumberLost';
    // A residence card lost or to renew: said plainly that its procedure is not known here
    // (not a confirmed fact), before the desks that can say where to go.
    const residenceCard = choice === 'consult' && this.intent(step) === 'residenceCard';
    const replies = lost ? lostCard(say) : ANSWERS[choice](say);
    await this.send(step, residenceCard ? [say.text('multicultural:residenceCard'), ...replies] : replies);
    return step.endDialog({ answered: 'multicultural', intent: this.answeredIntent(step, choice, MENU) });
  }
}
