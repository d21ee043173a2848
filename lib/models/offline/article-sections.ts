/**
 * Help-centre articles split into the sections a customer's question is usually about. A section
 * starts at a Markdown heading, at a paragraph that is only bold text ("**Order invoices:**"), or
 * at a paragraph led by a bold sentence ("**Missing items.** Larger orders…"); everything up to the
 * next such start belongs to it, so a sentence ending in a colon keeps the list that follows.
 */
export interface ArticleSection {
  /** The section's heading, without Markdown; null for the text before the first heading. */
  heading: string | null;
  /** The section's Markdown, heading line included, paragraphs and lists whole. */
  text: string;
}

const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const BOLD_ONLY = /^\*\*([^*\n]+?)\*\*\s*$/;
const BOLD_LEAD = /^\*\*([^*\n]+?[.?!:])\*\*\s+\S/;

function headingOf(paragraph: string): string | null {
  const firstLine = paragraph.split("\n", 1)[0]!.trim();
  const match = MARKDOWN_HEADING.exec(firstLine) ?? (paragraph.includes("\n") ? null : BOLD_ONLY.exec(firstLine)) ?? BOLD_LEAD.exec(firstLine);
  return match ? match[1]!.replace(/[:.]$/, "").trim() : null;
}

export function splitSections(body: string): ArticleSection[] {
  const sections: { heading: string | null; paragraphs: string[] }[] = [];
  for (const paragraph of body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    const heading = headingOf(paragraph);
    const current = sections[sections.length - 1];
    if (heading !== null || !current) sections.push({ heading, paragraphs: [paragraph] });
    else current.paragraphs.push(paragraph);
  }
  return sections.map(({ heading, paragraphs }) => ({ heading, text: paragraphs.join("\n\n") }));
}
