import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The eleven partner regions, as the regions write their names. Reference data: it ships with the schema. */
const regions: Array<[code: string, name: string, country: string, nuts: string, languages: string[], authority: string]> = [
  ['leipzig', 'Leipzig', 'DE', 'DED5', ['de'], 'Aufbauwerk Region Leipzig GmbH'],
  ['catalonia', 'Catalunya', 'ES', 'ES51', ['ca', 'es'], 'Government of Catalonia'],
  ['navarra', 'Navarra / Nafarroa', 'ES', 'ES22', ['es', 'eu'], 'Government of Navarra'],
  ['donegal', 'Donegal / Dún na nGall', 'IE', 'IE041', ['en', 'ga'], 'Donegal County Council'],
  ['emilia-romagna', 'Emilia-Romagna', 'IT', 'ITH5', ['it'], 'Emilia-Romagna Region, ART-ER'],
  ['pomorskie', 'Pomorskie', 'PL', 'PL63', ['pl'], 'Pomerania Region'],
  ['wielkopolska', 'Wielkopolska (Poznań)', 'PL', 'PL41', ['pl'], 'Poznań Region'],
  ['salzburg', 'Salzburg', 'AT', 'AT32', ['de'], 'Land Salzburg, IKULT'],
  ['arad', 'Arad', 'RO', 'RO421', ['ro'], 'Arad County Council'],
  ['timis', 'Timiș', 'RO', 'RO424', ['ro'], 'Timiș County Council'],
  ['vastra-gotaland', 'Västra Götaland', 'SE', 'SE232', ['sv'], 'Västra Götaland Region'],
];

export class SeedRegions1764000000001 implements MigrationInterface {
  name = 'SeedRegions1764000000001';

  async up(db: QueryRunner): Promise<void> {
    for (const [code, name, country, nuts, languages, authority] of regions) {
      await db.query(
        `INSERT INTO regions (code, name, country, nuts, languages, authority) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (code) DO NOTHING`,
        [code, name, country, nuts, languages, authority],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    // Fails while anything still refers to a region: reverting never throws data away silently.
    await db.query(`DELETE FROM regions WHERE code = ANY($1)`, [regions.map(([code]) => code)]);
  }
}
