import { describe, expect, it } from "vitest";
import { nestingDepth } from "../../../src/common/graphql/limits";
import { textDefect } from "../../../src/common/graphql/text-input";

describe("textDefect: ill-formed Unicode and control characters", () => {
  it("sound text has none, in any script and beyond the BMP", () => {
    for (const text of ["", "Animer l’équipe « propreté »", "75\u202f%", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✅", "\ud83d\ude00"]) {
      expect(textDefect(text, false), text).toBeUndefined();
    }
  });

  it("a lone surrogate, high or low, is ill-formed", () => {
    expect(textDefect("x\ud800y", true)).toMatch(/U\+D800, caractère 2/);
    expect(textDefect("x\udc00", true)).toMatch(/U\+DC00/);
    expect(textDefect("\ude00\ud83d", true)).toMatch(/U\+DE00, caractère 1/);
  });

  it("C0, DEL and C1 controls are refused, NUL included", () => {
    for (const control of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f"]) {
      expect(textDefect(`a${control}`, true), JSON.stringify(control)).toMatch(/caractère de contrôle/);
    }
  });

  it("tab and line breaks are allowed in prose only", () => {
    expect(textDefect("un\n\tdeux\r\n", true)).toBeUndefined();
    expect(textDefect("un\tdeux", false)).toMatch(/U\+0009.*pas admis/);
    expect(textDefect("un\ndeux", false)).toMatch(/U\+000A/);
  });

  it("U+FFFD says the text was damaged on its way", () => {
    expect(textDefect("r\ufffdunion", true)).toMatch(/remplacement U\+FFFD \(caractère 2\)/);
  });

  it("positions count characters, not UTF-16 units", () => {
    expect(textDefect("𝔘𝔫\u0000", true)).toMatch(/caractère 3/);
  });
});

describe("nestingDepth: counted without recursion", () => {
  it("measures objects and arrays, not scalars", () => {
    expect(nestingDepth("x", 10)).toBe(0);
    expect(nestingDepth({}, 10)).toBe(1);
    expect(nestingDepth({ a: [{ b: 1 }] }, 10)).toBe(3);
  });

  it("stops soon above the limit, whatever the depth sent", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(nestingDepth(deep, 32)).toBe(33);
  });
});
