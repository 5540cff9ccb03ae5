// The one place that reads the environment: validated once, typed, then passed around.
import envSchema from 'env-schema';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { Type, type Static } from 'typebox';

const Bool = (description: string, fallback: boolean) => Type.Boolean({ default: fallback, description });

export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
    description: 'development, production or test',
  }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port the API listens on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface the API binds to (0.0.0.0 in containers)' }),
  MONGODB_URI: Type.Optional(
    Type.String({
      pattern: '^mongodb(\\+srv)?://',
      description: 'MongoDB connection string; unset starts an embedded MongoDB (mongodb-memory-server)',
    }),
  ),
  DATA_DIR: Type.String({ minLength: 1, default: '.data', description: 'Where the embedded MongoDB keeps its files' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'pino log level' },
  ),
  SEED_ON_START: Bool('Seed an empty database from seed/articles/ at start-up', true),
  CORS_ORIGINS: Type.String({
    default: '*',
    description: 'Comma-separated origins allowed by CORS, or * for any origin',
  }),
  DB_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    maximum: 60000,
    default: 2000,
    description: 'How long a query waits for the database before the API answers 503',
  }),
  REQUEST_TIMEOUT_MS: Type.Integer({
    minimum: 1000,
    maximum: 600000,
    default: 30000,
    description:
      'A connection silent this long is cut off: a request not received in full, or an answer not begun (a streamed export that keeps sending runs on)',
  }),
  API_KEYS: Type.String({
    default: '',
    description: 'Comma-separated keys accepted as `Authorization: Bearer <key>` on write routes; empty turns writes off',
  }),
  MAX_ARTICLE_BYTES: Type.Integer({ minimum: 1024, maximum: 50 * 1024 * 1024, default: 1048576, description: 'Largest article body accepted (bytes)' }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, default: 600, description: 'Requests per client per window; 0 turns rate limiting off' }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1000, default: 60000, description: 'Rate-limit window (ms)' }),
  REDIS_URL: Type.Optional(
    Type.String({ pattern: '^rediss?://', description: 'Redis for rate-limit counters shared by several API processes; unset keeps them in memory' }),
  ),
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({
    minimum: 0,
    default: 1000,
    description: 'Shed load (503 with Retry-After) while the event loop lags more than this; 0 turns it off',
  }),
  TRUST_PROXY: Bool('Trust X-Forwarded-For from a load balancer in front (client address for rate limits and logs)', false),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The variables as the process sees them: a local .env file (when there is one) with the real environment over it.
 * An empty value means "unset" wherever it comes from, as in docker compose files and .env templates,
 * so `MONGODB_URI=` in .env and an exported `MONGODB_URI=` both leave the default.
 */
export function readEnvironment(dotenvPath = '.env', env: Record<string, string | undefined> = process.env): Record<string, string> {
  let fromFile: Record<string, string | undefined> = {};
  try {
    fromFile = parseEnv(readFileSync(dotenvPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`Cannot read ${dotenvPath}: ${(error as Error).message}`);
  }
  const merged: Record<string, string> = {};
  for (const source of [fromFile, env]) for (const [key, value] of Object.entries(source)) if (value !== undefined && value !== '') merged[key] = value;
  return merged;
}

/**
 * Validates the environment (by default readEnvironment()). Throws ConfigError naming the offending variable.
 * Tests pass their own variables instead of mutating process.env.
 */
export function loadConfig(env: Record<string, string | undefined> = readEnvironment(), overrides: Partial<Config> = {}): Config {
  const data: Record<string, string | undefined> = {};
  for (const key of Object.keys(ConfigSchema.properties)) if (env[key] !== undefined && env[key] !== '') data[key] = env[key];
  let config: Config;
  try {
    config = envSchema<Config>({ schema: structuredClone(ConfigSchema), data, env: false, dotenv: false });
  } catch (error) {
    // ajv says e.g. "env/PORT must be <= 65535": keep the variable name, drop the prefix.
    const message = (error as Error).message.replace(/env\//g, '');
    throw new ConfigError(`Invalid configuration: ${message}`);
  }
  return { ...config, ...overrides };
}

/** The API keys, trimmed; empty when writes are off. */
export function apiKeys(config: Pick<Config, 'API_KEYS'>): string[] {
  return config.API_KEYS.split(',')
    .map((key) => key.trim())
    .filter(Boolean);
}

/** '*' (any origin, so responses stay cacheable by shared caches) or the list of allowed origins. */
export function corsOrigins(config: Pick<Config, 'CORS_ORIGINS'>): '*' | string[] {
  const origins = config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.length === 0 || origins.includes('*') ? '*' : origins;
}
