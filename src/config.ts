// The one place that reads the environment: validated once, typed, then passed around.
import envSchema from 'env-schema';
import { Type, type Static } from 'typebox';

const Bool = (description: string, fallback: boolean) =>
  Type.Boolean({ default: fallback, description });

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
    description: 'Requests (and streamed exports) taking longer are cut off',
  }),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment. Throws ConfigError naming the offending variable.
 * `env` defaults to process.env plus a local .env file; tests pass their own instead of mutating it.
 */
export function loadConfig(env?: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const data: Record<string, string | undefined> = { ...(env ?? process.env) };
  // An empty value means "unset", as in docker compose files and .env templates.
  for (const key of Object.keys(ConfigSchema.properties)) if (data[key] === '') delete data[key];
  let config: Config;
  try {
    config = envSchema<Config>({
      schema: structuredClone(ConfigSchema),
      data,
      env: false,
      // A local .env file fills in what the real environment leaves unset.
      dotenv: env === undefined,
    });
  } catch (error) {
    // ajv says e.g. "env/PORT must be <= 65535": keep the variable name, drop the prefix.
    const message = (error as Error).message.replace(/env\//g, '');
    throw new ConfigError(`Invalid configuration: ${message}`);
  }
  return { ...config, ...overrides };
}

/** '*' (any origin, so responses stay cacheable by shared caches) or the list of allowed origins. */
export function corsOrigins(config: Pick<Config, 'CORS_ORIGINS'>): '*' | string[] {
  const origins = config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  return origins.length === 0 || origins.includes('*') ? '*' : origins;
}
