import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { JOBS_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { JOBS_DIALOG };

/** Women's job support: one answer, flagged as possibly stale, with the official page. */
export class JobsDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(JOBS_DIALOG, deps);
    this.flow((s) => this.answer(s));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = this.say(step);
    await this.send(step, [say.text('jobs:intro'), say.contacts(['jobsHiroba'])]);
    return step.endDialog({ answered: 'jobs' });
  }
}
