import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { SAFETY_DIALOG } from './ids';
import type { Answers, DialogDeps, Menu } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { SAFETY_DIALOG };

const CHOICES = ['touting', 'bicycle', 'crime'] as const;
/** Not a menu button: reached when the router's intent names it (落とし物, "lost my wallet"). */
const LOST_PROPERTY = 'lostProperty';
type Choice = (typeof CHOICES)[number] | typeof LOST_PROPERTY;

const MENU: Menu<Choice> = { choices: CHOICES, ns: 'safety' };

const ANSWERS: Answers<Choice> = {
  touting: (say) => [say.text('safety:touting'), say.page('touting')],
  // The bicycle ordinance has no page address on record: the text stands alone.
  bicycle: (say) => [say.text('safety:bicycle')],
  crime: (say) => [say.text('safety:crime'), say.contacts(['police9110'])],
  // No confirmed lost-property number (osaka-facts.md), and #9110 is not for lost items: the
  // answer says who handles it (the place it was lost, a 交番 or police station), with no number.
  lostProperty: (say) => [say.text('safety:lostProperty')],
};

/** Safety in town: touting zones, bicycle insurance, crime prevention; lost property when asked. */
export class SafetyDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(SAFETY_DIALOG, deps);
    this.flow(
      (s) => (this.intent(s) === LOST_PROPERTY ? s.next(LOST_PROPERTY) : this.offer(s, MENU)),
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen<Choice>(step, [...CHOICES, LOST_PROPERTY], 'crime');
    if (typeof choice !== 'string') return step.endDialog(choice);
    await this.send(step, ANSWERS[choice](this.say(step)));
    return step.endDialog({ answered: 'safety' });
  }
}
