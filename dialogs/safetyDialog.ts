import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { action } from './actions';
import { SAFETY_DIALOG } from './ids';
import type { Reply } from './presenter';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { SAFETY_DIALOG };

const CHOICES = ['touting', 'bicycle', 'crime'] as const;

/** Safety in town: touting zones, bicycle insurance, crime prevention. */
export class SafetyDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(SAFETY_DIALOG, deps);
    this.flow(
      (s) => this.pick(s),
      (s) => this.answer(s),
    );
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    if (intent && (CHOICES as readonly string[]).includes(intent)) return step.next(intent);
    return this.ask(step, {
      prompt: 'safety:intro',
      choices: CHOICES.map((c) => ({ value: action.opt(c), label: `safety:choice.${c}` })),
      mode: 'closed',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const say = this.say(step);
    const replies: Record<string, Reply[]> = {
      touting: [say.text('safety:touting'), say.page('touting')],
      // The bicycle ordinance has no page address on record: the text stands alone.
      bicycle: [say.text('safety:bicycle')],
      crime: [say.text('safety:crime'), say.contacts(['police9110'])],
    };
    await this.send(step, replies[choice.value] ?? replies.crime!);
    return step.endDialog({ answered: 'safety' });
  }
}
