/** Not there, or not the caller's: route handlers answer 404 either way, so nothing leaks about what exists. */
export class NotFoundError extends Error {}

/** The caller's role may not do this (a learner creating a class): 403. */
export class ForbiddenError extends Error {}
