import { ReadingReportSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { recordReading } from '@/server/reading';

/** The reader's reports: blocks seen, time spent, words looked up (sent every 15 s and when the page is left). */
export const POST = withUser(async (user, request) => Response.json(await recordReading(user.id, await readJson(request, ReadingReportSchema))));
