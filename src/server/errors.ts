/** Not there, or not the caller's: route handlers answer 404 either way, so nothing leaks about what exists. */
export class NotFoundError extends Error {}

/** The caller's role may not do this (a learner creating a class): 403. */
export class ForbiddenError extends Error {}

/** The request contradicts what is stored (an idempotency key sent again for another question): 409. */
export class ConflictError extends Error {}
