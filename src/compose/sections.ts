// The résumé's sections by name, for commands, buttons and follow-ups ("what subject?" after education).
import type { AnswerContext } from "../answer/context.js";
import { experienceList } from "../answer/jobs.js";
import { contacts, education, help, startCard, summary } from "../answer/profile.js";
import { skillsOverview } from "../answer/tech.js";
import type { Answer, SectionName } from "../answer/types.js";

/** One section; `question` lets education pick what was asked ("which degree"). */
export function sectionAnswer(name: SectionName, ctx: AnswerContext, question = ""): Answer {
  switch (name) {
    case "start":
      return startCard(ctx);
    case "help":
      return help(ctx);
    case "experience":
      return experienceList(ctx);
    case "skills":
      return skillsOverview(ctx);
    case "education":
      return education(ctx, question);
    case "contacts":
      return contacts(ctx);
    case "summary":
      return summary(ctx);
    default:
      return startCard(ctx);
  }
}
