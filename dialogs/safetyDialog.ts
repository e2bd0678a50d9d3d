import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { SAFETY_DIALOG } from './ids';
import type { Answers, DialogDeps, Menu } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { SAFETY_DIALOG };

const CHOICES = ['touting', 'bicycle', 'crime'] as const;
/** Not a menu button: reached when the router's intent names it (落とし物, "lost my wallet"). */
const LOST_PROPERTY = 'lostProperty';
/** Not a menu button either: helmets and cyclists' traffic tickets (ヘルメット, 青切符). */
const BICYCLE_RULES = 'bicycleRules';
/** Nor this: a stolen bicycle (自転車が盗まれた), a theft to report, not a crime to recover from. */
const BICYCLE_THEFT = 'bicycleTheft';
const BY_INTENT = [LOST_PROPERTY, BICYCLE_RULES, BICYCLE_THEFT] as const;
type Choice = (typeof CHOICES)[number] | (typeof BY_INTENT)[number];

const MENU: Menu<Choice> = { choices: CHOICES, ns: 'safety' };

const ANSWERS: Answers<Choice> = {
  touting: (say) => [say.text('safety:touting'), say.page('touting')],
  // The bicycle ordinance has no page address on record: the text stands alone.
  bicycle: (say) => [say.text('safety:bicycle')],
  crime: (say) => [say.text('safety:crime'), say.contacts(['police9110'])],
  // No confirmed lost-property number (osaka-facts.md), and #9110 is not for lost items: the
  // answer says who handles it (the place it was lost, a 交番 or police station), with no number.
  lostProperty: (say) => [say.text('safety:lostProperty')],
  // The helmet duty is only secondary and the tickets unconfirmed (osaka-facts.md): neither is
  // stated, and the insurance answer, which does not answer them, is not given instead. The
  // police's consultation line is.
  bicycleRules: (say) => [say.text('safety:bicycleRules'), say.contacts(['police9110'])],
  // Confirmed: what is not urgent goes to #9110 or a 交番 (osaka-facts.md). The victim menu (grief,
  // condolence money) answered this before, and never said where to report the theft.
  bicycleTheft: (say) => [say.text('safety:bicycleTheft'), say.contacts(['police9110'])],
};

/**
 * Safety in town: touting zones, bicycle insurance, crime prevention; lost property, helmets,
 * cyclists' tickets and a stolen bicycle when asked.
 */
export class SafetyDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(SAFETY_DIALOG, deps);
    this.flow(
      (s) => {
        const byIntent = BY_INTENT.find((c) => c === this.intent(s));
        return byIntent ? s.next(byIntent) : this.offer(s, MENU);
      },
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen<Choice>(step, [...CHOICES, ...BY_INTENT], 'crime');
    if (typeof choice !== 'string') return step.endDialog(choice);
    await this.send(step, ANSWERS[choice](this.say(step)));
    return step.endDialog({ answered: 'safety', intent: this.answeredIntent(step, choice, MENU) });
  }
}
