import { describe, expect, it } from "vitest";
import { nonTextHint } from "../../src/bot/features/non-text.js";
import type { Engine } from "../../src/engine.js";

const engineWith = (employers: string[], name = "Jane Roe") =>
  ({ knowledge: { resume: { person: { name }, experience: employers.map((employer, i) => ({ id: `j${i}`, employer })) } } }) as unknown as Engine;

describe("the photo/sticker hint", () => {
  it("names this résumé's latest employer, not the bundled candidate's", () => {
    const hint = nonTextHint(engineWith(["Acme Robotics", "Globex"]));
    expect(hint).toContain("Acme Robotics");
    expect(hint).not.toMatch(/ScyllaDB/);
  });

  it("never guesses a pronoun", () => {
    for (const employers of [["Acme"], []]) expect(nonTextHint(engineWith(employers))).not.toMatch(/\b(he|she|his|her|him)\b/i);
  });
});
