import { accent, declaration, esc, muted, ns, page } from './xml';

/**
 * The parts of the Word package around the document body: what each part is, how they relate, the styles,
 * the list numbering, the settings, the page header and footer, and the document's properties.
 */

const officeRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const wordType = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypes(): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${declaration}<Types xmlns="${ns.types}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/word/document.xml', `${wordType}.document.main+xml`) +
    override('/word/styles.xml', `${wordType}.styles+xml`) +
    override('/word/numbering.xml', `${wordType}.numbering+xml`) +
    override('/word/settings.xml', `${wordType}.settings+xml`) +
    override('/word/header1.xml', `${wordType}.header+xml`) +
    override('/word/footer1.xml', `${wordType}.footer+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    override('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml') +
    '</Types>'
  );
}

function relationships(rels: Array<{ id: string; type: string; target: string; external?: boolean }>): string {
  const rel = ({ id, type, target, external }: (typeof rels)[number]) =>
    `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  return `${declaration}<Relationships xmlns="${ns.rels}">${rels.map(rel).join('')}</Relationships>`;
}

export function packageRels(): string {
  return relationships([
    { id: 'rId1', type: `${officeRel}/officeDocument`, target: 'word/document.xml' },
    {
      id: 'rId2',
      type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      target: 'docProps/core.xml',
    },
    { id: 'rId3', type: `${officeRel}/extended-properties`, target: 'docProps/app.xml' },
    { id: 'rId4', type: `${officeRel}/custom-properties`, target: 'docProps/custom.xml' },
  ]);
}

/** The ids the document body uses for the parts it refers to. */
export const bodyRels = { header: 'rIdHeader', footer: 'rIdFooter' };

/** The document's relationships: its parts, then the targets of its links by id. */
export function documentRels(links: Map<string, string>): string {
  return relationships([
    { id: 'rIdStyles', type: `${officeRel}/styles`, target: 'styles.xml' },
    { id: 'rIdNumbering', type: `${officeRel}/numbering`, target: 'numbering.xml' },
    { id: 'rIdSettings', type: `${officeRel}/settings`, target: 'settings.xml' },
    { id: bodyRels.header, type: `${officeRel}/header`, target: 'header1.xml' },
    { id: bodyRels.footer, type: `${officeRel}/footer`, target: 'footer1.xml' },
    ...[...links].map(([target, id]) => ({ id, type: `${officeRel}/hyperlink`, target, external: true })),
  ]);
}

export interface Properties {
  title: string;
  subject: string;
  description: string;
  keywords: string;
  language: string;
  /** When the text was frozen (W3C date and time); none for the working draft. */
  date: string | null;
  custom: Array<{ name: string; value: string }>;
}

export function coreProperties(p: Properties): string {
  const date = p.date?.replace(/\.\d+Z$/, 'Z');
  const dates = date
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`
    : '';
  return (
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(p.title)}</dc:title><dc:subject>${esc(p.subject)}</dc:subject><dc:creator>Belong</dc:creator>` +
    `<cp:keywords>${esc(p.keywords)}</cp:keywords><dc:description>${esc(p.description)}</dc:description>` +
    `<dc:language>${esc(p.language)}</dc:language><cp:lastModifiedBy>Belong</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `${dates}</cp:coreProperties>`
  );
}

export function appProperties(): string {
  return (
    `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Belong</Application></Properties>'
  );
}

export function customProperties(p: Properties): string {
  const property = ({ name, value }: { name: string; value: string }, i: number) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(name)}"><vt:lpwstr>${esc(value)}</vt:lpwstr></property>`;
  return (
    `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${p.custom.map(property).join('')}</Properties>`
  );
}

/** Word fills the table of contents and the page numbers when the document opens. */
export function settings(): string {
  return (
    `${declaration}<w:settings xmlns:w="${ns.w}"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:updateFields w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
  );
}

function paragraphStyle(
  id: string,
  name: string,
  { basedOn = 'Normal', pPr = '', rPr = '', extra = '' }: { basedOn?: string; pPr?: string; rPr?: string; extra?: string },
): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/><w:next w:val="Normal"/>` +
    `${extra}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`
  );
}

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

/** Real heading styles with outline levels, so that Word's navigation pane and table of contents find them. */
function headingStyle(level: number, halfPoints: number): string {
  return paragraphStyle(`Heading${level}`, `heading ${level}`, {
    extra: '<w:uiPriority w:val="9"/>',
    pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
    rPr: `<w:b/><w:bCs/>${level <= 3 ? `<w:color w:val="${accent}"/>` : ''}${size(halfPoints)}`,
  });
}

/** The styles, the document's language among the defaults. */
export function styles(language: string): string {
  const font = 'Calibri';
  return (
    `${declaration}<w:styles xmlns:w="${ns.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/>` +
    `${size(21)}<w:lang w:val="${esc(language)}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    paragraphStyle('Title', 'Title', {
      extra: '<w:uiPriority w:val="10"/>',
      pPr: '<w:spacing w:after="240"/><w:contextualSpacing/>',
      rPr: `<w:b/><w:bCs/><w:color w:val="${accent}"/><w:kern w:val="28"/>${size(52)}`,
    }) +
    [32, 26, 23, 21, 21, 21].map((halfPoints, i) => headingStyle(i + 1, halfPoints)).join('') +
    // Word's own style for the heading of a table of contents: looks like a heading, is not listed in it.
    paragraphStyle('TOCHeading', 'TOC Heading', {
      basedOn: 'Heading1',
      extra: '<w:uiPriority w:val="39"/><w:unhideWhenUsed/>',
      pPr: '<w:outlineLvl w:val="9"/>',
    }) +
    paragraphStyle('TOC1', 'toc 1', { extra: '<w:uiPriority w:val="39"/><w:unhideWhenUsed/>', pPr: '<w:spacing w:after="100"/>' }) +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '</w:styles>'
  );
}

/** Bullets (list 1) and numbers: one list per numbered list, so that each counts from its own start. */
export function numbering(numberedLists: Array<{ level: number; start: number }>): string {
  const levels = (bullets: boolean) =>
    Array.from({ length: 9 }, (_, level) => {
      const text = bullets ? ['•', '◦', '▪'][level % 3] : `%${level + 1}.`;
      return (
        `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${bullets ? 'bullet' : 'decimal'}"/>` +
        `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="${360 * (level + 1)}" w:hanging="${bullets ? 260 : 300}"/></w:pPr></w:lvl>`
      );
    }).join('');
  const abstract = (id: number, bullets: boolean) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels(bullets)}</w:abstractNum>`;
  return (
    `${declaration}<w:numbering xmlns:w="${ns.w}">${abstract(0, true)}${abstract(1, false)}` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    numberedLists
      .map(
        ({ level, start }, i) =>
          `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`,
      )
      .join('') +
    '</w:numbering>'
  );
}

/** Which text the reader holds, at the head of every page. */
export function header(stamp: string): string {
  return (
    `${declaration}<w:hdr xmlns:w="${ns.w}" xmlns:r="${ns.r}"><w:p><w:r><w:rPr><w:color w:val="${muted}"/>${size(15)}</w:rPr>` +
    `<w:t xml:space="preserve">${esc(stamp)}</w:t></w:r></w:p></w:hdr>`
  );
}

/** The page number, set right. */
export function footer(): string {
  const rPr = `<w:rPr><w:color w:val="${muted}"/>${size(16)}</w:rPr>`;
  return (
    `${declaration}<w:ftr xmlns:w="${ns.w}" xmlns:r="${ns.r}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>1</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>` +
    '</w:p></w:ftr>'
  );
}

/** The page: A4 with 2 cm margins, the header and footer above. */
export function sectionProperties(): string {
  const m = page.margin;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${bodyRels.header}"/><w:footerReference w:type="default" r:id="${bodyRels.footer}"/>` +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`
  );
}
