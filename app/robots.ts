import type { MetadataRoute } from 'next';

/** Articles and the library may be indexed; learners' pages and the API may not. Built once, served as a static file. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/en/quiz/', '/nl/quiz/', '/en/account', '/nl/account'] },
  };
}
