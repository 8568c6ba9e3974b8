import {
  commentStatuses,
  decisions,
  deliveryModes,
  deliveryStatuses,
  emailModes,
  exportFormats,
  invitationStatuses,
  notificationCategories,
  notificationKinds,
  mailPurposes,
  mailStatuses,
  locales,
  organisationTypes,
  proposalStatuses,
  recommendationStatuses,
  responseDecisions,
  roles,
  strategyLanguage,
  strategyStatuses,
  themes,
} from '@belong/contracts';
import { cloneTestDatabase, onServer } from './support/test-database';

/** Every column that holds a value of a contract enum, and that enum's values. */
const enumColumns: Record<string, readonly string[]> = {
  'users.locale': locales,
  'organisations.type': organisationTypes,
  'memberships.role': roles,
  'strategies.status': strategyStatuses,
  'strategies.language': strategyLanguage.options,
  'sections.theme': themes,
  'section_revisions.theme': themes,
  'section_translations.language': locales,
  'comments.status': commentStatuses,
  'approvals.decision': decisions,
  'proposals.status': proposalStatuses,
  'recommendations.status': recommendationStatuses,
  'recommendation_responses.decision': responseDecisions,
  'invitations.role': roles,
  // `expired` is computed from the date, never stored.
  'invitations.status': invitationStatuses.filter((s) => s !== 'expired'),
  'mail_messages.purpose': mailPurposes,
  'mail_messages.status': mailStatuses,
  'mail_messages.language': locales,
  'notifications.kind': notificationKinds,
  'notifications.category': notificationCategories,
  'notification_deliveries.mode': deliveryModes,
  'notification_deliveries.status': deliveryStatuses,
  ...Object.fromEntries(notificationCategories.map((category) => [`notification_settings.${category}`, emailModes])),
  'unsubscribe_links.category': notificationCategories,
  // Only the formats laid out page by page are kept; JSON and Markdown are written on the spot.
  'rendered_documents.format': exportFormats.filter((format) => format === 'pdf' || format === 'docx'),
  'rendered_documents.language': locales,
};

/** Column names that mean a value from a fixed list, wherever they are. */
const enumColumnNames = ['status', 'type', 'role', 'theme', 'decision', 'language', 'locale'];

describe('the database', () => {
  let checks: Map<string, string[]>;
  let columns: string[];

  beforeAll(async () => {
    const database = await cloneTestDatabase();
    try {
      await onServer(database.url, async (client) => {
        // PostgreSQL keeps `column IN ('a', 'b')` as `(column = ANY (ARRAY['a'::text, 'b'::text]))`.
        const { rows } = await client.query<{ column: string; definition: string }>(`
          SELECT c.conrelid::regclass::text || '.' || a.attname AS column, pg_get_constraintdef(c.oid) AS definition
          FROM pg_constraint c
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'c' AND cardinality(c.conkey) = 1 AND c.connamespace = 'public'::regnamespace
            AND pg_get_constraintdef(c.oid) ~ '= ANY \\(ARRAY\\['`);
        checks = new Map(rows.map((r) => [r.column, [...r.definition.matchAll(/'([^']*)'::text/g)].map(([, value]) => value!).sort()]));
        columns = (
          await client.query<{ column: string }>(
            `
            SELECT table_name || '.' || column_name AS column FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name = ANY ($1)`,
            [enumColumnNames],
          )
        ).rows.map((r) => r.column);
      });
    } finally {
      await database.drop();
    }
  });

  it('allows in every enum column exactly the values of its contract enum', () => {
    const allowed = Object.fromEntries(Object.keys(enumColumns).map((column) => [column, checks.get(column) ?? 'no CHECK']));
    expect(allowed).toEqual(Object.fromEntries(Object.entries(enumColumns).map(([column, values]) => [column, [...values].sort()])));
  });

  it('ties every list of allowed values, and every column named like one, to a contract enum', () => {
    expect([...new Set([...checks.keys(), ...columns])].filter((column) => !(column in enumColumns))).toEqual([]);
  });
});
