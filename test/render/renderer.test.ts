import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMediaRenderer, RenderError } from "../../src/render/index.js";
import * as timeline from "../../src/render/timeline.js";
import { NOW, zoeResume } from "./fixtures.js";
import { decodePng } from "./png.js";

// Count real renders by wrapping the module's function; behaviour stays the original's unless a test says otherwise.
vi.mock("../../src/render/timeline.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/render/timeline.js")>();
  return { ...original, renderTimelinePng: vi.fn(original.renderTimelinePng) };
});
const renderTimelinePng = vi.mocked(timeline.renderTimelinePng);

describe("media renderer", () => {
  // Braces matter: a function returned from beforeEach is run as a teardown.
  beforeEach(() => {
    renderTimelinePng.mockClear();
  });

  it("renders the timeline once and then returns the same Buffer", async () => {
    const renderer = createMediaRenderer(zoeResume(), { now: NOW });
    const first = await renderer.render("timeline");
    const second = await renderer.render("timeline");
    expect(second.data).toBe(first.data);
    expect(second).toBe(first);
    expect(renderTimelinePng).toHaveBeenCalledTimes(1);
    expect(first.fileName).toBe("timeline.png");
    expect(first.mimeType).toBe("image/png");
    expect(first.renderMs).toBeGreaterThan(0);
    expect(decodePng(first.data).width).toBe(1080);
  });

  it("renders afresh when the month changes: \"now\" is not frozen at start", async () => {
    let now = new Date(Date.UTC(2026, 0, 15));
    const renderer = createMediaRenderer(zoeResume(), { clock: () => now });
    const january = await renderer.render("timeline");
    now = new Date(Date.UTC(2026, 0, 28));
    expect(await renderer.render("timeline")).toBe(january);
    now = new Date(Date.UTC(2026, 1, 2));
    const february = await renderer.render("timeline");
    expect(february).not.toBe(january);
    expect(renderTimelinePng).toHaveBeenCalledTimes(2);
    expect(renderTimelinePng.mock.calls[1]![1]).toEqual({ now, lang: "en" });
  });

  it("shares one render between concurrent first calls", async () => {
    const renderer = createMediaRenderer(zoeResume(), { now: NOW });
    const [a, b, c] = await Promise.all([renderer.render("timeline"), renderer.render("timeline"), renderer.render("timeline")]);
    expect(b!.data).toBe(a!.data);
    expect(c!.data).toBe(a!.data);
    expect(renderTimelinePng).toHaveBeenCalledTimes(1);
  });

  it("renders the CV as a named PDF, cached separately from the timeline", async () => {
    const renderer = createMediaRenderer(zoeResume(), { now: NOW });
    const cv = await renderer.render("cv");
    expect(cv.fileName).toBe("Zoë Müller-Łukasiewicz - CV.pdf");
    expect(cv.mimeType).toBe("application/pdf");
    expect(cv.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await renderer.render("cv")).data).toBe(cv.data);
    expect(renderTimelinePng).not.toHaveBeenCalled();
  });

  it("rejects with a RenderError carrying the cause, and tries again on the next call", async () => {
    const renderer = createMediaRenderer(zoeResume(), { now: NOW });
    const boom = new Error("no fonts");
    renderTimelinePng.mockImplementationOnce(() => {
      throw boom;
    });
    const failure = await renderer.render("timeline").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RenderError);
    expect((failure as RenderError).name).toBe("RenderError");
    expect((failure as RenderError).cause).toBe(boom);
    expect((failure as RenderError).message).toContain("no fonts");
    const retried = await renderer.render("timeline");
    expect(retried.data.length).toBeGreaterThan(1000);
    expect(renderTimelinePng).toHaveBeenCalledTimes(2);
  });

  it("does not render anything until asked", () => {
    createMediaRenderer(zoeResume(), { now: NOW });
    expect(renderTimelinePng).not.toHaveBeenCalled();
  });
});
