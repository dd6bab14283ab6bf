// The career at a glance: every job as a bar on one year axis, newest on top, education below.
// Drawn as SVG (so text is escaped markup, not pixels) and rasterised by resvg with the bundled
// DejaVu fonts, so the PNG is the same on every machine. 1080 px wide: a phone shows it full width.
import { renderAsync } from "@resvg/resvg-js";
import { monthsBetween } from "../knowledge/dates.js";
import type { Lang } from "../language/detect.js";
import { renderLabels, type RenderLabels } from "./labels.js";
import type { Education, Job, Resume, YearMonth } from "../knowledge/model.js";
import { allFontFiles, FONT_FAMILY } from "./fonts.js";
import { keyTechnologies } from "./key-technologies.js";
import { el, text } from "./svg.js";
import { fitText, textWidth, wrapText } from "./text-width.js";
import { makeAxis, monthsAtDate, monthsAtEnd, monthsAtStart, tickYears, yearMonthOf, type Axis } from "./time-scale.js";

export interface TimelineOptions {
  /** What "present" means; pinned by callers and tests so the picture is reproducible. */
  now: Date;
  /** The labels' language (section titles, months); default English. The résumé's own text is drawn as written. */
  lang?: Lang;
}

export const TIMELINE_WIDTH = 1080;
/** Beyond this many jobs a picture stops being a glance; the rest is summed up in one line. */
export const MAX_TIMELINE_JOBS = 20;

const PAD = 48;
const RIGHT = TIMELINE_WIDTH - PAD;
/** Kerning and rounding make real text a little wider than the sum of advances. */
const SAFETY = 0.97;

const INK = "#111827";
const MUTED = "#4b5563";
const FAINT = "#6b7280";
const GRID = "#e5e7eb";
const STRIPE = "#f6f7f9";
const NOW = "#dc2626";
const EDUCATION_COLOR = "#059669";
/** Distinct, dark enough for white text inside the bars; one colour per employer. */
const PALETTE = ["#2563eb", "#7c3aed", "#0e7490", "#c2410c", "#be185d", "#4d7c0f", "#4338ca", "#a16207"];

const SIZE = { name: 46, subtitle: 26, section: 22, title: 32, role: 28, line2: 25, period: 24, axis: 23, badge: 21 };
const BAR_HEIGHT = 34;

/** One bar's worth of data, whether it is a job or a school. */
interface Row {
  title: string;
  subtitle?: string;
  /** Second line: key technologies for a job, degree for a school. */
  detail?: string;
  span?: [number, number];
  periodLabel?: string;
  shortPeriodLabel?: string;
  color: string;
  current: boolean;
  /** The badge of a current job, in the labels' language. */
  badge?: string;
}

export function timelineSvg(resume: Resume, options: TimelineOptions): string {
  const now = monthsAtDate(options.now);
  const nowYm = yearMonthOf(options.now);
  const shownJobs = resume.experience.slice(0, MAX_TIMELINE_JOBS);
  const hiddenJobs = resume.experience.length - shownJobs.length;
  const labels = renderLabels(options.lang);
  const jobRows = jobsToRows(shownJobs, now, nowYm, labels);
  const educationRows = resume.education.map((e) => educationRow(e, labels));
  const spans = [...jobRows, ...educationRows].flatMap((r) => (r.span ? [r.span] : []));
  const axis = makeAxis(spans, now, PAD, RIGHT);

  const body = header(resume, labels.words.careerTimeline(labels.month(nowYm)));
  let y = HEADER_HEIGHT;

  const axisLabelsY = y;
  y += 16;
  const gridTop = y;
  // Layers, bottom to top: row stripes, grid and "now" line, then bars and text.
  const stripes: string[] = [];
  const rowsSvg: string[] = [];

  const section = (label: string, rows: Row[]) => {
    y += 36;
    rowsSvg.push(text(PAD, y, label.toUpperCase(), { size: SIZE.section, fill: FAINT, bold: true }));
    y += 14;
    rows.forEach((row, i) => {
      const height = rowHeight(row);
      if (i % 2 === 0) stripes.push(el("rect", { x: PAD - 16, y, width: RIGHT - PAD + 32, height, rx: 10, fill: STRIPE }));
      rowsSvg.push(drawRow(row, y, axis));
      y += height;
    });
  };

  if (jobRows.length) section(labels.words.experience, jobRows);
  else {
    y += 48;
    rowsSvg.push(text(PAD, y, labels.words.noJobs, { size: SIZE.role, fill: MUTED }));
    y += 16;
  }
  if (hiddenJobs > 0) {
    y += 36;
    rowsSvg.push(text(PAD, y, labels.words.earlierRoles(hiddenJobs), { size: SIZE.line2, fill: MUTED }));
    y += 8;
  }
  if (educationRows.length) section(labels.words.education, educationRows);
  y += 12;
  const gridBottom = y;

  body.push(...stripes, drawGrid(axis, gridTop, gridBottom), drawNowLine(axis.x(now), gridTop, gridBottom), drawAxisLabels(axis, axisLabelsY), ...rowsSvg);
  // Labels under the rows too once the picture is taller than a screen, so no one scrolls back up.
  if (gridBottom - gridTop > 900) {
    y += 30;
    body.push(drawAxisLabels(axis, y));
  }
  y += 36;

  return svgDocument(body, Math.ceil(y));
}

const HEADER_HEIGHT = 64 + 40 + 52;

/** Who, and as of when: the name, then the headline and "career timeline, Nov 2026". */
function header(resume: Resume, asOf: string): string[] {
  const subtitle = [resume.person.headline, asOf].filter(Boolean).join(" · ");
  return [
    text(PAD, 64, fitText(resume.person.name, (RIGHT - PAD) * SAFETY, SIZE.name, "bold"), { size: SIZE.name, fill: INK, bold: true }),
    text(PAD, 104, fitText(subtitle, (RIGHT - PAD) * SAFETY, SIZE.subtitle), { size: SIZE.subtitle, fill: MUTED }),
  ];
}

function svgDocument(body: string[], height: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TIMELINE_WIDTH}" height="${height}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
    el("rect", { x: 0, y: 0, width: TIMELINE_WIDTH, height, fill: "#ffffff" }),
    ...body,
    "</svg>",
  ].join("\n");
}

/** Rasterising (~50 ms with font loading) runs on resvg's worker thread, so a bot stays responsive. */
export async function renderTimelinePng(resume: Resume, options: TimelineOptions): Promise<Buffer> {
  const svg = timelineSvg(resume, options);
  const image = await renderAsync(svg, {
    fitTo: { mode: "original" },
    font: { fontFiles: allFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return image.asPng();
}

function jobsToRows(jobs: Job[], now: number, nowYm: YearMonth, labels: RenderLabels): Row[] {
  const colors = new Map<string, string>();
  return jobs.map((job) => {
    // Two roles at one employer share a colour, so a promotion reads as one company.
    const key = job.employer.trim().toLowerCase();
    if (!colors.has(key)) colors.set(key, PALETTE[colors.size % PALETTE.length]!);
    const start = monthsAtStart(job.start);
    const end = job.end ? monthsAtEnd(job.end) : Math.max(now, start + 1);
    const period = labels.period(job.start, job.end);
    const duration = labels.shortDuration(Math.max(1, monthsBetween(job.start, job.end ?? nowYm)));
    const techs = keyTechnologies(job);
    return {
      title: job.employer,
      subtitle: job.team ? `${job.role}, ${job.team}` : job.role,
      detail: techs.length ? techs.join(" · ") : undefined,
      span: [start, end],
      periodLabel: `${period} · ${duration}`,
      shortPeriodLabel: period,
      color: colors.get(key)!,
      current: job.end === null,
      badge: labels.words.current,
    };
  });
}

function educationRow(e: Education, labels: RenderLabels): Row {
  const from = e.start ?? e.end;
  const to = e.end ?? e.start;
  return {
    title: e.institution,
    detail: [e.degree, e.field].filter(Boolean).join(", ") || undefined,
    span: from && to ? [monthsAtStart(from), monthsAtEnd(to)] : undefined,
    periodLabel: e.start && e.end ? labels.period(e.start, e.end) : from ? labels.month(from) : undefined,
    color: EDUCATION_COLOR,
    current: false,
  };
}

const DETAIL_LINE = 34;
const CONTENT_WIDTH = (RIGHT - PAD) * SAFETY;

/** The second line wraps once (a degree and its field are often long), then is cut. */
function detailLines(row: Row): string[] {
  return row.detail ? wrapText(row.detail, CONTENT_WIDTH, SIZE.line2, "regular", 2) : [];
}

function rowHeight(row: Row): number {
  return 14 + 36 + detailLines(row).length * DETAIL_LINE + (row.span ? 12 + BAR_HEIGHT : 0) + 18;
}

function drawRow(row: Row, top: number, axis: Axis): string {
  const out: string[] = [];
  let y = top + 14 + 30;
  const width = CONTENT_WIDTH;

  // Line 1: employer in bold, role after it, "current" badge at the right edge.
  let lineRight = PAD + width;
  if (row.current) {
    const badge = row.badge ?? "current";
    const badgeWidth = textWidth(badge, SIZE.badge, "bold") + 24;
    out.push(el("rect", { x: RIGHT - badgeWidth, y: y - 25, width: badgeWidth, height: 32, rx: 16, fill: NOW }));
    out.push(text(RIGHT - badgeWidth / 2, y - 2, badge, { size: SIZE.badge, fill: "#ffffff", bold: true, anchor: "middle" }));
    lineRight = RIGHT - badgeWidth - 16;
  }
  const available = lineRight - PAD;
  // The employer gets the room it needs, up to 70% of the line; the role takes what is left.
  const title = fitText(row.title, row.subtitle ? available * 0.7 : available, SIZE.title, "bold");
  out.push(text(PAD, y, title, { size: SIZE.title, fill: INK, bold: true }));
  if (row.subtitle) {
    const x = PAD + textWidth(title, SIZE.title, "bold") + 14;
    const role = fitText(`· ${row.subtitle}`, lineRight - x, SIZE.role);
    if (role) out.push(text(x, y, role, { size: SIZE.role, fill: MUTED }));
  }

  // Line 2: key technologies, or the degree.
  for (const line of detailLines(row)) {
    y += DETAIL_LINE;
    out.push(text(PAD, y, line, { size: SIZE.line2, fill: MUTED }));
  }

  // The bar on the shared axis, with its period written where there is room.
  if (row.span) {
    const barTop = y + 12;
    const x0 = axis.x(row.span[0]);
    const x1 = Math.max(axis.x(row.span[1]), x0 + 8);
    out.push(el("rect", { x: x0, y: barTop, width: x1 - x0, height: BAR_HEIGHT, rx: 8, fill: row.color }));
    if (row.current) {
      // An arrow tip at "now": the bar goes on.
      const mid = barTop + BAR_HEIGHT / 2;
      out.push(el("path", { d: `M${x1 - 2} ${barTop} L${x1 + 14} ${mid} L${x1 - 2} ${barTop + BAR_HEIGHT} Z`, fill: row.color }));
    }
    out.push(periodLabel(row, x0, x1 + (row.current ? 14 : 0), barTop));
  }
  return out.join("\n");
}

/** Inside the bar in white when it fits, else beside it on whichever side has room, shorter if need be. */
function periodLabel(row: Row, x0: number, x1: number, barTop: number): string {
  const baseline = barTop + BAR_HEIGHT / 2 + SIZE.period * 0.36;
  const labels = [row.periodLabel, row.shortPeriodLabel].filter((l): l is string => !!l);
  for (const label of labels) {
    const w = textWidth(label, SIZE.period) / SAFETY;
    if (w + 28 <= x1 - x0) return text(x0 + 14, baseline, label, { size: SIZE.period, fill: "#ffffff" });
    if (x1 + 12 + w <= RIGHT) return text(x1 + 12, baseline, label, { size: SIZE.period, fill: MUTED });
    if (x0 - 12 - w >= PAD) return text(x0 - 12, baseline, label, { size: SIZE.period, fill: MUTED, anchor: "end" });
  }
  const last = labels[labels.length - 1];
  if (!last) return "";
  // A middling bar in a narrow picture: write what fits inside it.
  return text(x0 + 10, baseline, fitText(last, (x1 - x0 - 20) * SAFETY, SIZE.period), { size: SIZE.period, fill: "#ffffff" });
}

function drawGrid(axis: Axis, top: number, bottom: number): string {
  return tickYears(axis)
    .map((year) => {
      const x = axis.x(year * 12);
      return el("line", { x1: x, y1: top, x2: x, y2: bottom, stroke: GRID, "stroke-width": 2 });
    })
    .join("\n");
}

function drawAxisLabels(axis: Axis, y: number): string {
  return tickYears(axis)
    .map((year) => {
      const x = axis.x(year * 12);
      const w = textWidth(String(year), SIZE.axis);
      // Keep edge labels inside the picture.
      const cx = Math.min(Math.max(x, w / 2 + 4), TIMELINE_WIDTH - w / 2 - 4);
      return text(cx, y, String(year), { size: SIZE.axis, fill: FAINT, anchor: "middle" });
    })
    .join("\n");
}

function drawNowLine(x: number, top: number, bottom: number): string {
  return el("line", { x1: x, y1: top, x2: x, y2: bottom, stroke: NOW, "stroke-width": 2, "stroke-dasharray": "6 6", opacity: 0.6 });
}
