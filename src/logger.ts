// pino options shared by the API and the command-line tools.
import type { LoggerOptions } from 'pino';
import type { Config } from './config.js';

/** `fd` is where the lines go: 1 for the API, 2 (stderr) for the command-line tools, whose stdout is their result. */
export function loggerOptions(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>, fd: 1 | 2 = 1): LoggerOptions {
  const pretty = config.NODE_ENV === 'development' && (fd === 1 ? process.stdout : process.stderr).isTTY;
  return {
    level: config.LOG_LEVEL,
    // Belt and braces: nothing logs headers today, but a key must never reach a log.
    redact: ['req.headers.authorization', 'headers.authorization', '*.apiKey'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', destination: fd } } } : {}),
  };
}

/**
 * The URL as request logs show it: a query string that holds one of `secrets` (an API key sent where it
 * does not belong, in any percent-encoding) is replaced whole, since nothing else in it can be trusted.
 */
export function loggedUrl(url: string, secrets: readonly string[]): string {
  const query = url.indexOf('?');
  if (query === -1 || secrets.length === 0) return url;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    // malformed: match the raw form only
  }
  return secrets.some((secret) => url.includes(secret) || decoded.includes(secret)) ? `${url.slice(0, query)}?[redacted: holds an API key]` : url;
}
