// Words that tell what a line of a CV is about: a role, a degree, a school. Shared by the header, job and
// education readers; English, with the Russian words for the same (Cyrillic has no \b in JavaScript:
// those are matched by stem).

export const ROLE_WORDS =
  /\b(engineer|developer|programmer|lead|manager|architect|director|intern|consultant|scientist|analyst|designer|cto|ceo|cio|vp|head|officer|administrator|specialist|sre|devops|founder|owner|researcher|tester|qa|principal|staff|senior|junior|teacher|assistant|coordinator|technician)\b|разработчик|инженер|программист|руководител|менеджер|архитектор|директор|аналитик|тестировщик|стажер|стажёр|лид|основатель/iu;

export const DEGREE_WORDS =
  /\b(degree|bachelor'?s?|master'?s?|ph\.?d|doctor(ate)?|specialist|b\.?sc?|m\.?sc?|b\.?a\.?|m\.?a\.?|mba|diploma|associate|certificate|licen[cs]e|engineer'?s?)\b|бакалавр|магистр|специалист|аспирантур|кандидат наук|диплом/iu;
/**
 * A school's name in the languages CVs are written in: University, Universität, Università, Universitat,
 * Universidad, Universiteit, Uniwersytet, Politecnico, Politècnica, École, Escuela, Hochschule … Bounded by
 * letters of any script (\b would end "Università" before its "à").
 */
export const SCHOOL_WORDS =
  /(?<![\p{L}\p{N}])(universit\p{L}*|uniwersytet\p{L}*|college|coll[eè]ge|institut\p{L}*|school|academy|akademi\p{L}*|polytechni\p{L}*|polit[eéè]cni\p{L}*|\p{L}*hochschule|lyceum|lyc[eé]e|gymnasium|[eé]cole|escuela|escola|scuola)(?![\p{L}\p{N}])|университет|институт|академи|колледж|училищ|школ/iu;
