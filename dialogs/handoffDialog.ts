import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TopicId } from '../knowledge/types';
import { MENU_TOPICS } from '../knowledge/types';
import { HANDOFF_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { HANDOFF_DIALOG };

export interface HandoffOptions {
  /** The topic the resident was just asking about: its contacts come first. */
  topic?: TopicId;
}

/**
 * "Talk to a person": the right contacts for what the resident was asking about, each with
 * whether it is open now and when it opens next. Live chat with staff comes with the counter issue.
 */
export class HandoffDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(HANDOFF_DIALOG, deps);
    this.flow((s) => this.answer(s));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = this.say(step);
    const topic = (step.options as HandoffOptions | undefined)?.topic;
    const isMenuTopic = topic && (MENU_TOPICS as readonly string[]).includes(topic);
    const ids = [...(isMenuTopic ? this.kb.topic(topic).contacts : []), ...this.kb.topic('handoff').contacts];
    const lead: [string, Record<string, unknown>] = isMenuTopic
      ? ['handoff:forTopic', { topic: say.label(`menu.${topic}`) }]
      : ['handoff:intro', {}];
    await this.send(step, [
      say.lines([lead, 'handoff:noLiveChat', 'handoff:alwaysEmergency']),
      say.contacts([...new Set(ids)]),
    ]);
    return step.endDialog({ answered: 'handoff' });
  }
}
