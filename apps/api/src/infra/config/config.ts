import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  NODE_ENV: z.string().optional(),
  DEMO_DATA: flag.optional(),
  COOKIE_SECURE: flag.optional(),
  TRUST_PROXY: flag.default(false),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  WEB_DIST: z.string().optional(),
  LOG_SQL: flag.default(false),
  EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  EXPORT_QUEUE: z.coerce.number().int().min(0).max(1000).default(20),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Belong <no-reply@belong.localhost>'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  NOTIFY_EMAIL_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  admin?: { email: string; password: string };
  demoData: boolean;
  /** Secure cookies: forced on or off, or (undefined) decided per request by whether it came over HTTPS. */
  cookieSecure?: boolean;
  trustProxy: boolean;
  sessionHours: number;
  /** Where the built web app lies; the API serves it when the folder exists. */
  webDist: string;
  logSql: boolean;
  /** How many documents are laid out at once, and how many requests may wait for their turn. */
  exports: { concurrency: number; queue: number };
  mail: {
    /** Where mail goes; without it, mail is kept in the outbox that administrators read. */
    smtpUrl?: string;
    from: string;
    /** The address people open Belong at, for the links in mail. */
    publicUrl: string;
  };
  /** How often an idle worker looks for new jobs (pg-boss polls the job table). */
  jobPollSeconds: number;
  /**
   * How long an immediate notification waits before its email is written: what happens meanwhile (ten saves of
   * one section) goes into the same email.
   */
  notifyEmailDelaySeconds: number;
}

/** Reads the environment once, at start-up; a bad value stops the start with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  // An empty variable counts as unset (`DATABASE_URL=` in a compose file, say).
  const parsed = environment.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // In production the data must outlive the machine, and the demo accounts' password is published.
  if (production && !e.DATABASE_URL)
    throw new Error(
      'Invalid environment: DATABASE_URL is required in production (NODE_ENV=production); the embedded PostgreSQL is for trying Belong out',
    );
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new Error('Invalid environment: ADMIN_EMAIL and ADMIN_PASSWORD go together');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    demoData: e.DEMO_DATA ?? !production,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    sessionHours: e.SESSION_HOURS,
    webDist: resolve(e.WEB_DIST ?? resolve(__dirname, '../../../../web/dist')),
    logSql: e.LOG_SQL,
    exports: { concurrency: e.EXPORT_CONCURRENCY, queue: e.EXPORT_QUEUE },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '') },
    jobPollSeconds: e.JOB_POLL_SECONDS,
    notifyEmailDelaySeconds: e.NOTIFY_EMAIL_DELAY_SECONDS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
