import { SETTINGS } from './config';

/** The configuration table in Markdown, generated from the settings themselves. */
export function configTable(): string {
  const rows = Object.entries(SETTINGS).map(([name, setting]) => {
    const parsed = setting.schema.safeParse(undefined);
    const value = parsed.success ? String(parsed.data) : '';
    return `| \`${name}\` | ${value === '' ? '(empty)' : `\`${value}\``} | ${setting.doc} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
