// The résumé as a PDF a recruiter can forward: built from the same model the bot answers from, so
// the file and the answers never disagree. Fonts are the bundled DejaVu TTFs, embedded (subset),
// so "Zoë Müller" or "Łukasiewicz" print as written on any viewer.
import PDFDocument from "pdfkit";
import type { Lang } from "../language/detect.js";
import { renderLabels, type RenderLabels } from "./labels.js";
import type { Education, Job, Resume } from "../knowledge/model.js";
import { fontFile } from "./fonts.js";
import { highlightCount, jobHighlights, trimText } from "./highlights.js";

export interface CvPdfOptions {
  /** Written as the PDF's creation date, so the same résumé gives the same bytes. */
  now: Date;
  /** The labels' language (headings, months); default English. The résumé's own text is written as it is. */
  lang?: Lang;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const FOOTER_HEIGHT = 24;
const INK = "#111827";
const MUTED = "#4b5563";
const ACCENT = "#1d4ed8";
const RULE = "#d1d5db";
const FONT = { regular: "DejaVu", bold: "DejaVu-Bold", italic: "DejaVu-Oblique" } as const;
/** Technologies listed per job: enough to be searched for, few enough to be read. */
const MAX_JOB_TECHNOLOGIES = 12;

/** "Zoë Müller - CV.pdf": the name as written, minus characters file systems refuse. */
export function cvFileName(resume: Resume): string {
  const name = resume.person.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim() || "Candidate";
  return `${name} - CV.pdf`;
}

export function renderCvPdf(resume: Resume, options: CvPdfOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
      // A TTF as the starting font, so pdfkit never loads its built-in Helvetica.
      font: fontFile("regular"),
      bufferPages: true,
      lang: options.lang ?? "en",
      displayTitle: true,
      info: {
        Title: `${resume.person.name} — CV`,
        Author: resume.person.name,
        Subject: resume.person.headline ?? "Curriculum vitae",
        Creator: "resume-bot",
        Producer: "resume-bot (PDFKit)",
        CreationDate: options.now,
        ModDate: options.now,
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      doc.registerFont(FONT.regular, fontFile("regular"));
      doc.registerFont(FONT.bold, fontFile("bold"));
      doc.registerFont(FONT.italic, fontFile("italic"));
      writeCv(doc, resume, renderLabels(options.lang));
      writeFooters(doc, resume.person.name);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

function writeCv(doc: Doc, resume: Resume, labels: RenderLabels): void {
  const w = labels.words;
  writeHeader(doc, resume);
  if (resume.summary.length) {
    heading(doc, w.summary);
    for (const paragraph of resume.summary) paragraphText(doc, paragraph);
  }
  if (resume.experience.length) {
    heading(doc, w.experience);
    resume.experience.forEach((job, i) => writeJob(doc, job, i, labels));
  }
  if (resume.education.length) {
    heading(doc, w.education);
    for (const e of resume.education) writeEducation(doc, e, labels);
  }
  if (resume.skills.length) {
    heading(doc, w.skills);
    for (const group of resume.skills) labelled(doc, group.name, group.items.join(", "));
  }
  if (resume.languages.length) {
    heading(doc, w.languages);
    paragraphText(doc, resume.languages.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)).join(" · "));
  }
  for (const extra of resume.extras) {
    heading(doc, extra.title);
    for (const item of extra.items) bullet(doc, trimText(item, 400));
  }
}

function writeHeader(doc: Doc, resume: Resume): void {
  const { person } = resume;
  doc.font(FONT.bold).fontSize(24).fillColor(INK).text(person.name);
  const tagline = [person.headline, person.location].filter(Boolean).join(" · ");
  if (tagline) doc.moveDown(0.1).font(FONT.regular).fontSize(12).fillColor(MUTED).text(tagline);
  if (person.contacts.length) {
    doc.moveDown(0.3).font(FONT.regular).fontSize(9.5);
    person.contacts.forEach((c, i) => {
      const last = i === person.contacts.length - 1;
      doc.fillColor(c.url ? ACCENT : INK).text(c.value, { link: c.url ?? null, continued: !last });
      if (!last) doc.fillColor(MUTED).text("  ·  ", { link: null, continued: true });
    });
  }
  doc.moveDown(0.4);
}

function heading(doc: Doc, title: string): void {
  keepTogether(doc, 70);
  if (doc.y > doc.page.margins.top) doc.moveDown(0.8);
  doc.font(FONT.bold).fontSize(11).fillColor(ACCENT).text(title.toUpperCase(), { characterSpacing: 0.8 });
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(doc.page.width - MARGIN, y).lineWidth(0.7).strokeColor(RULE).stroke();
  doc.y = y + 6;
}

function writeJob(doc: Doc, job: Job, index: number, labels: RenderLabels): void {
  const highlights = jobHighlights(job, highlightCount(index));
  // The title, its first lines and a highlight or two stay on one page.
  keepTogether(doc, 60 + Math.min(highlights.length, 2) * 24);
  // Space between jobs, but not under the section heading or at the top of a page.
  if (index > 0 && doc.y > doc.page.margins.top) doc.moveDown(0.9);
  titleWithPeriod(doc, `${job.employer} — ${job.role}${job.team ? `, ${job.team}` : ""}`, labels.period(job.start, job.end));
  const where = [job.location, job.about].filter(Boolean).join(" · ");
  if (where) doc.font(FONT.italic).fontSize(9).fillColor(MUTED).text(trimText(where, 200));
  if (job.projects.length) labelled(doc, labels.words.projects, trimText(job.projects.join("; "), 240));
  doc.moveDown(0.15);
  for (const line of highlights) bullet(doc, line);
  if (job.technologies.length) {
    const shown = job.technologies.slice(0, MAX_JOB_TECHNOLOGIES);
    const more = job.technologies.length - shown.length;
    doc.moveDown(0.15);
    labelled(doc, labels.words.technologies, shown.join(", ") + (more > 0 ? labels.words.andMore(more) : ""), MUTED);
  }
}

function writeEducation(doc: Doc, e: Education, labels: RenderLabels): void {
  keepTogether(doc, 50);
  doc.moveDown(0.4);
  const period = e.start && e.end ? labels.period(e.start, e.end) : e.end ? labels.month(e.end) : e.start ? labels.month(e.start) : "";
  titleWithPeriod(doc, e.institution, period, e.url);
  const degree = [e.degree, e.field].filter(Boolean).join(", ");
  if (degree) doc.font(FONT.regular).fontSize(10).fillColor(INK).text(degree);
  for (const d of e.details) bullet(doc, trimText(d, 240));
}

/** A bold title on the left and its period on the right of the same line; a long title wraps beside it. */
function titleWithPeriod(doc: Doc, title: string, period: string, url?: string): void {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const top = doc.y;
  doc.font(FONT.regular).fontSize(9.5);
  const periodWidth = period ? doc.widthOfString(period) : 0;
  if (period) doc.fillColor(MUTED).text(period, left + width - periodWidth, top + 1.2, { width: periodWidth + 1, lineBreak: false });
  doc.font(FONT.bold).fontSize(11).fillColor(INK).text(title, left, top, { width: width - periodWidth - 14, link: url ?? null });
  doc.x = left;
}

function paragraphText(doc: Doc, text: string): void {
  doc.font(FONT.regular).fontSize(10).fillColor(INK).text(text, { lineGap: 1.5, paragraphGap: 3 });
}

function labelled(doc: Doc, label: string, value: string, color = INK): void {
  doc.font(FONT.bold).fontSize(9.5).fillColor(color).text(`${label}: `, { continued: true });
  doc.font(FONT.regular).text(value, { lineGap: 1 });
}

function bullet(doc: Doc, text: string): void {
  const indent = 12;
  const top = doc.y;
  doc.font(FONT.regular).fontSize(10).fillColor(MUTED).text("•", MARGIN + 2, top, { lineBreak: false });
  doc.fillColor(INK).text(text, MARGIN + indent, top, { width: doc.page.width - 2 * MARGIN - indent, lineGap: 1, paragraphGap: 2 });
  doc.x = MARGIN;
}

/** Starts a new page when fewer than `points` remain, so a heading never ends a page alone. */
function keepTogether(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function writeFooters(doc: Doc, name: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin pdfkit would open a new page; lift the margin while writing there.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${name} — CV · ${i - range.start + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        align: "right",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
