/** Reported by GET /health and the OpenAPI document; follows package.json by hand. */
export const SERVICE_VERSION = '0.1.0';
