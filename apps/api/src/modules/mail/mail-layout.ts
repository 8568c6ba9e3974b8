import { direction, type UiLanguage } from '@belong/i18n';

/** What a message says, already in the recipient's language; the layout gives it its text and HTML forms. */
export interface MailContent {
  lang: UiLanguage;
  subject: string;
  /** Plain sentences; the layout escapes them for HTML. */
  paragraphs: string[];
  /** Lists of links under headings (a digest: one part per strategy). */
  parts?: MailPart[];
  /** The one thing to do, as a button-like link. */
  action?: { label: string; url: string };
  /** Why this person got this message: the footer every message carries. */
  reason: string;
  /** A page where the person turns this kind of mail off, linked from the footer. */
  unsubscribe?: { label: string; url: string };
}

export interface MailPart {
  heading: string;
  lists: Array<{ heading: string; items: Array<{ text: string; url: string }> }>;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

export function mailText(content: MailContent): string {
  const parts = [content.subject, ...content.paragraphs];
  for (const part of content.parts ?? []) {
    parts.push(`== ${part.heading} ==`);
    for (const list of part.lists) parts.push([`${list.heading}:`, ...list.items.map((i) => `- ${i.text}\n  ${i.url}`)].join('\n'));
  }
  if (content.action) parts.push(`${content.action.label}:\n${content.action.url}`);
  parts.push('-- ', content.reason);
  if (content.unsubscribe) parts.push(`${content.unsubscribe.label}:\n${content.unsubscribe.url}`);
  return `${parts.join('\n\n')}\n`;
}

/**
 * Simple, readable HTML: the language and direction set, a real heading, text at a legible size with strong
 * contrast, the action a link whose words say where it goes (no image, no table layout).
 */
export function mailHtml(content: MailContent): string {
  const dir = direction(content.lang);
  const paragraphs = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const parts = (content.parts ?? [])
    .map(
      (part) =>
        `<h2 style="font-size:18px;margin-top:24px">${escapeHtml(part.heading)}</h2>\n` +
        part.lists
          .map(
            (list) =>
              `<h3 style="font-size:16px">${escapeHtml(list.heading)}</h3>\n<ul>\n${list.items
                .map((i) => `<li><a href="${escapeHtml(i.url)}" style="color:#1d4e89">${escapeHtml(i.text)}</a></li>`)
                .join('\n')}\n</ul>`,
          )
          .join('\n'),
    )
    .join('\n');
  const action = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1d4e89;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const unsubscribe = content.unsubscribe
    ? `<p><a href="${escapeHtml(content.unsubscribe.url)}" style="color:#1d4e89">${escapeHtml(content.unsubscribe.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${content.lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:system-ui,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px">
<h1 style="font-size:20px">${escapeHtml(content.subject)}</h1>
${paragraphs}
${parts}
${action}
</main>
<footer style="max-width:600px;margin-top:32px;border-top:1px solid #767676;color:#4a4a4a;font-size:14px">
<p>${escapeHtml(content.reason)}</p>
${unsubscribe}
</footer>
</body>
</html>
`;
}
