import { parseStaffedHours } from '../../bot/handoff/staffedHours';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, SETTINGS } from '../../bot/config';
import { configTable } from '../../bot/configDocs';

describe('configuration', () => {
  it('runs on documented defaults with no environment at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      HOST: '127.0.0.1',
      TZ: 'Asia/Tokyo',
      LOG_LEVEL: 'info',
      DEFAULT_LOCALE: 'ja-easy',
      MICROSOFT_APP_ID: '',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3978);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ TZ: 'Mars/Olympus' }, /TZ/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DEFAULT_LOCALE: 'fr' }, /DEFAULT_LOCALE/],
    [{ MICROSOFT_APP_ID: 'abc' }, /MICROSOFT_APP_PASSWORD is required/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('documents every setting, and the README carries the generated table', () => {
    for (const setting of Object.values(SETTINGS)) expect(setting.doc.length).toBeGreaterThan(10);
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    // Prettier pads table cells: compare the tables without the padding.
    const unpadded = (s: string) => s.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
    expect(unpadded(readme)).toContain(unpadded(configTable()));
  });
});

describe('HANDOFF_HOURS', () => {
  it('reads rules of days and times, and refuses anything else naming the setting', () => {
    expect(parseStaffedHours('weekday 09:00-17:30; sat 10:00-12:00')?.rules).toEqual([
      { days: ['weekday'], from: '09:00', to: '17:30' },
      { days: ['sat'], from: '10:00', to: '12:00' },
    ]);
    for (const bad of [
      'weekday 17:30-09:00',
      'holiday 09:00-12:00',
      'someday 09:00-10:00',
      'weekday 9-5',
      '',
    ]) {
      expect(() => loadConfig({ HANDOFF_HOURS: bad === '' ? ';' : bad })).toThrow(/HANDOFF_HOURS/);
    }
  });
});
