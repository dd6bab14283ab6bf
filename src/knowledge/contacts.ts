// Contacts from free text: URLs, e-mail addresses and phone numbers, classified by what they point at.
import type { Contact, ContactKind } from "./model.js";

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/gi;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const PHONE_RE = /(?:^|[\s:(])(\(?\+?\(?\d[\d\s().-]{7,}\d)(?=$|[\s),;])/g;
/** "Telegram: @handle", "tg: @handle": a handle alone is too ambiguous (it could be anything's). */
const TELEGRAM_HANDLE_RE = /\b(?:telegram|tg)\s*:?\s*@([A-Za-z][A-Za-z0-9_]{4,31})\b/gi;
const BARE_PROFILE_RE = /\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|t\.me)\/[^\s<>()"',;]+/gi;

export function classifyUrl(url: string): ContactKind {
  const host = url.replace(/^[a-z]+:\/\//i, "").replace(/^www\./i, "").toLowerCase();
  if (host.startsWith("linkedin.com") || host.includes(".linkedin.com")) return "linkedin";
  if (host.startsWith("github.com")) return "github";
  if (host.startsWith("twitter.com") || host.startsWith("x.com/")) return "twitter";
  if (host.startsWith("t.me") || host.startsWith("telegram.me")) return "telegram";
  if (url.startsWith("mailto:")) return "email";
  if (url.startsWith("tel:")) return "phone";
  return "website";
}

/** "https://www.github.com/sitano/" → "github.com/sitano": what a reader needs to recognise it. */
export function displayUrl(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "");
}

export function urlContact(url: string, kind: ContactKind = classifyUrl(url)): Contact {
  const full = /^[a-z]+:/i.test(url) ? url : `https://${url}`;
  return { kind, value: displayUrl(url), url: full };
}

export function emailContact(email: string): Contact {
  return { kind: "email", value: email, url: `mailto:${email}` };
}

export function phoneContact(phone: string): Contact {
  // "+49 (0) 30 …": the bracketed 0 is dialled only from inside the country, never after the +49.
  const dialled = phone.trim().startsWith("+") ? phone.replace(/\(0\)/g, "") : phone;
  return { kind: "phone", value: phone.trim(), url: `tel:${dialled.replace(/[^\d+]/g, "")}` };
}

/** Every contact found in a piece of text, in order of appearance. */
export function findContacts(text: string): Contact[] {
  const found: { at: number; contact: Contact }[] = [];
  const taken: [number, number][] = [];
  const free = (at: number, len: number) => !taken.some(([a, b]) => at < b && at + len > a);
  const add = (at: number, len: number, contact: Contact) => {
    if (!free(at, len)) return;
    taken.push([at, at + len]);
    found.push({ at, contact });
  };
  for (const m of text.matchAll(EMAIL_RE)) add(m.index, m[0].length, emailContact(m[0]));
  for (const m of text.matchAll(URL_RE)) add(m.index, m[0].length, urlContact(m[0]));
  for (const m of text.matchAll(BARE_PROFILE_RE)) add(m.index, m[0].length, urlContact(m[0]));
  for (const m of text.matchAll(TELEGRAM_HANDLE_RE)) {
    add(m.index, m[0].length, { kind: "telegram", value: `@${m[1]}`, url: `https://t.me/${m[1]}` });
  }
  for (const m of text.matchAll(PHONE_RE)) {
    const digits = m[1]!.replace(/\D/g, "");
    // Date ranges ("2019 - 2021") look like numbers too; a phone has 8 to 15 digits and no year pair.
    if (digits.length < 8 || digits.length > 15 || /^\(?(19|20)\d\d\s*[-–]\s*(19|20)\d\d\)?$/.test(m[1]!.trim())) continue;
    add(m.index + m[0].indexOf(m[1]!), m[1]!.length, phoneContact(m[1]!));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.contact);
}

/** Adds contacts that are not there yet (same kind and value), keeping the first one's order. */
export function mergeContacts(into: Contact[], more: Contact[]): Contact[] {
  for (const c of more) {
    if (!into.some((x) => x.kind === c.kind && x.value.toLowerCase() === c.value.toLowerCase())) into.push(c);
  }
  return into;
}
