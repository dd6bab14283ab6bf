// Words that tell what a line of a CV is about: a role, a degree, a school. Shared by the header, job and
// education readers; English only, like the section titles (see sections.ts).

export const ROLE_WORDS =
  /\b(engineer|developer|programmer|lead|manager|architect|director|intern|consultant|scientist|analyst|designer|cto|ceo|cio|vp|head|officer|administrator|specialist|sre|devops|founder|owner|researcher|tester|qa|principal|staff|senior|junior|teacher|assistant|coordinator|technician)\b/i;

export const DEGREE_WORDS =
  /\b(degree|bachelor'?s?|master'?s?|ph\.?d|doctor(ate)?|specialist|b\.?sc?|m\.?sc?|b\.?a\.?|m\.?a\.?|mba|diploma|associate|certificate|licen[cs]e|engineer'?s?)\b/i;
export const SCHOOL_WORDS = /\b(universit(y|ät|é|à)|college|institut(e|o)?|school|academy|polytechnic|hochschule|lyceum|gymnasium)\b/i;
