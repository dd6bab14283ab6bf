// Words that tell what a line of a CV is about: a role, a degree, a school. Shared by the header, job and
// education readers; English, with the Russian words for the same (Cyrillic has no \b in JavaScript:
// those are matched by stem).

export const ROLE_WORDS =
  /\b(engineer|developer|programmer|lead|manager|architect|director|intern|consultant|scientist|analyst|designer|cto|ceo|cio|vp|head|officer|administrator|specialist|sre|devops|founder|owner|researcher|tester|qa|principal|staff|senior|junior|teacher|assistant|coordinator|technician)\b|разработчик|инженер|программист|руководител|менеджер|архитектор|директор|аналитик|тестировщик|стажер|стажёр|лид|основатель/iu;

export const DEGREE_WORDS =
  /\b(degree|bachelor'?s?|master'?s?|ph\.?d|doctor(ate)?|specialist|b\.?sc?|m\.?sc?|b\.?a\.?|m\.?a\.?|mba|diploma|associate|certificate|licen[cs]e|engineer'?s?)\b|бакалавр|магистр|специалист|аспирантур|кандидат наук|диплом/iu;
export const SCHOOL_WORDS = /\b(universit(y|ät|é|à)|college|institut(e|o)?|school|academy|polytechnic|hochschule|lyceum|gymnasium)\b|университет|институт|академи|колледж|училищ|школ/iu;
