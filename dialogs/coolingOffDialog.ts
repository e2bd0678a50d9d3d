import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { addDays, isoDate, parseIsoDate, todayInJapan } from '../knowledge/calendar';
import { coolingOff } from '../knowledge/coolingOff';
import { action } from './actions';
import { COOLING_OFF_DIALOG, DATE_INPUT } from './ids';
import type { DialogDeps, TopicOptions } from './topicDialog';
import { TopicDialog } from './topicDialog';
import { CONSUMER_CONTACTS } from './consumerDialog';

export { COOLING_OFF_DIALOG };

/** The cooling-off calculator: sale type + the day the contract document arrived → the last day to cancel. */
export class CoolingOffDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(COOLING_OFF_DIALOG, deps);
    this.flow(
      (s) => this.saleType(s),
      (s) => this.date(s),
      (s) => this.result(s),
    );
  }

  private async saleType(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = (step.options as TopicOptions | undefined)?.intent;
    const ids = this.kb.saleTypes().map((s) => s.id);
    if (intent && ids.includes(intent)) return step.next(intent);
    return this.ask(step, {
      prompt: 'consumer:coolingOff.saleTypePrompt',
      choices: ids.map((id) => ({ value: action.opt(id), label: `consumer:coolingOff.saleType.${id}` })),
      mode: 'closed',
    });
  }

  private async date(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    if (!this.kb.saleTypes().some((s) => s.id === choice.value))
      return step.endDialog({ reroute: choice.value });
    this.values(step).saleType = choice.value;
    const say = this.say(step);
    if (this.kb.coolingOffDays(choice.value) === null) {
      await this.send(step, [say.text('consumer:coolingOff.none'), say.contacts(CONSUMER_CONTACTS)]);
      return step.endDialog({ answered: 'consumer' });
    }
    const today = todayInJapan(this.clock.now());
    return step.beginDialog(DATE_INPUT, {
      prompt: 'consumer:coolingOff.datePrompt',
      retry: 'consumer:coolingOff.dateRetry',
      choices: [
        { value: action.opt(isoDate(today).replace(/-/g, '_')), label: 'consumer:coolingOff.today' },
        {
          value: action.opt(isoDate(addDays(today, -1)).replace(/-/g, '_')),
          label: 'consumer:coolingOff.yesterday',
        },
      ],
    });
  }

  private async result(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const saleType = this.values(step).saleType as string;
    const received = parseIsoDate(choice.value);
    const days = this.kb.coolingOffDays(saleType);
    if (!received || days === null) return step.endDialog({});
    const say = this.say(step);
    const locale = say.locale;
    const outcome = coolingOff(days, received, todayInJapan(this.clock.now()));
    const understood: [string, Record<string, unknown>] = [
      'consumer:coolingOff.understood',
      { date: say.fmt.date(received, locale) },
    ];
    switch (outcome.kind) {
      case 'future':
        await this.send(step, [say.lines([understood, 'consumer:coolingOff.future'])]);
        // Ask for the date again, keeping the sale type.
        return step.replaceDialog(this.initialDialogId, { intent: saleType } satisfies TopicOptions);
      case 'open':
        await this.send(step, [
          say.lines([
            understood,
            [
              // The last day is its own message, not a plural: Japanese has no singular form.
              outcome.daysLeft === 1 ? 'consumer:coolingOff.lastDay' : 'consumer:coolingOff.open',
              { count: outcome.daysLeft, days, lastDay: say.fmt.date(outcome.lastDay, locale) },
            ],
            'consumer:coolingOff.how',
          ]),
          say.contacts(CONSUMER_CONTACTS),
        ]);
        return step.endDialog({ answered: 'consumer' });
      case 'ended':
        await this.send(step, [
          say.lines([
            understood,
            ['consumer:coolingOff.ended', { days, lastDay: say.fmt.date(outcome.lastDay, locale) }],
          ]),
          say.contacts(CONSUMER_CONTACTS),
        ]);
        return step.endDialog({ answered: 'consumer' });
      default:
        return step.endDialog({});
    }
  }
}
