/** Cookie that remembers "show all translations", read by the server so the page renders that way. */
export const SHOW_ALL_COOKIE = 'leeslamp-translations';
