import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { HEALTH_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { HEALTH_DIALOG };

/**
 * A sudden illness that raised no alarm ("my child has a fever"): not a topic of ours, but the
 * resident must not be sent elsewhere. Whom to call for medical advice: the children's line
 * (#8000) and #7119, each card with whether it is open now; 119 when a life is at risk.
 */
export class HealthDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(HEALTH_DIALOG, deps);
    this.flow((s) => this.answer(s));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = this.say(step);
    await this.send(step, [say.text('emergency:illness'), say.contacts(this.kb.topic('health').contacts)]);
    return step.endDialog({ answered: 'health' });
  }
}
