/** Dialog ids: the only place these strings are written. */
export const MAIN_DIALOG = 'main';
export const MULTICULTURAL_DIALOG = 'multicultural';
export const CONSUMER_DIALOG = 'consumer';
export const SCAM_CHECK_DIALOG = 'scamCheck';
export const COOLING_OFF_DIALOG = 'coolingOff';
export const VICTIM_DIALOG = 'victim';
export const CERTIFICATE_DIALOG = 'certificate';
export const SAFETY_DIALOG = 'safety';
export const JOBS_DIALOG = 'jobs';
export const HEALTH_DIALOG = 'health';
export const HANDOFF_DIALOG = 'handoff';
export const LANGUAGE_DIALOG = 'language';
export const CHOICE_INPUT = 'choiceInput';
export const DATE_INPUT = 'dateInput';
