import { getFormatter } from 'next-intl/server';

/** A date as precise as the source gives it: "30 December 2022" or "August 2022". */
export async function PublishedDate({ value }: { value: string }) {
  const format = await getFormatter();
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const text = format.dateTime(date, day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return <time dateTime={value}>{text}</time>;
}
