/** Puts values into a message's {placeholders}: for client components given raw messages by their page. */
export const fill = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
