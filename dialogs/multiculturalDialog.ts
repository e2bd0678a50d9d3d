import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { MULTICULTURAL_DIALOG } from './ids';
import type { Answers, DialogDeps, Menu } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { MULTICULTURAL_DIALOG };

const CHOICES = ['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'] as const;
type Choice = (typeof CHOICES)[number];

const MENU: Menu<Choice> = {
  choices: CHOICES,
  ns: 'multicultural',
  // Intents the router finds that have no page of their own.
  aliases: new Map([['residenceCard', 'consult']]),
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
    await this.send(step, ANSWERS[choice](this.say(step)));
    return step.endDialog({ answered: 'multicultural' });
  }
}
