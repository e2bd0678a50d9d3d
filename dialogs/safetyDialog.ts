import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { SAFETY_DIALOG } from './ids';
import type { Answers, DialogDeps, Menu } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { SAFETY_DIALOG };

const CHOICES = ['touting', 'bicycle', 'crime'] as const;
type Choice = (typeof CHOICES)[number];

const MENU: Menu<Choice> = { choices: CHOICES, ns: 'safety' };

const ANSWERS: Answers<Choice> = {
  touting: (say) => [say.text('safety:touting'), say.page('touting')],
  // The bicycle ordinance has no page address on record: the text stands alone.
  bicycle: (say) => [say.text('safety:bicycle')],
  crime: (say) => [say.text('safety:crime'), say.contacts(['police9110'])],
};

/** Safety in town: touting zones, bicycle insurance, crime prevention. */
export class SafetyDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(SAFETY_DIALOG, deps);
    this.flow(
      (s) => this.offer(s, MENU),
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen(step, CHOICES, 'crime');
    if (typeof choice !== 'string') return step.endDialog(choice);
    await this.send(step, ANSWERS[choice](this.say(step)));
    return step.endDialog({ answered: 'safety' });
  }
}
