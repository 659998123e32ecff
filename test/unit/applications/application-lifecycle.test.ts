import { describe, expect, it } from "vitest";

import { ACTION_ACTORS, ACTOR_KINDS, type ActorKind, allowedActions, APPLICATION_ACTIONS, APPLICATION_STATES, type ApplicationAction, type ApplicationState, isTerminal, transition, TRANSITIONS } from "../../../src/applications/rules/application-lifecycle";

// The expected machine, written out independently of the module's table.
const EXPECTED: Record<ApplicationState, Partial<Record<ApplicationAction, ApplicationState>>> = {
  DRAFT: { FILE: "FILED", WITHDRAW: "WITHDRAWN_BY_APPLICANT" },
  FILED: { REQUEST_COMPLEMENT: "COMPLEMENT_REQUESTED", DECLARE_COMPLETE: "COMPLETE", WITHDRAW: "WITHDRAWN_BY_APPLICANT" },
  COMPLEMENT_REQUESTED: { PROVIDE_COMPLEMENT: "FILED", WITHDRAW: "WITHDRAWN_BY_APPLICANT" },
  COMPLETE: { START_INSTRUCTION: "UNDER_INSTRUCTION" },
  UNDER_INSTRUCTION: { SCHEDULE_AUDITION: "AUDITION_SCHEDULED", ISSUE_OPINION: "OPINION_ISSUED", RESCHEDULE: "UNDER_INSTRUCTION" },
  AUDITION_SCHEDULED: { ISSUE_OPINION: "OPINION_ISSUED", RESCHEDULE: "UNDER_INSTRUCTION" },
  OPINION_ISSUED: { DECIDE_ACCEPT: "DECIDED_ACCEPTED", DECIDE_REFUSE: "DECIDED_REFUSED" },
  DECIDED_ACCEPTED: { NOTIFY: "NOTIFIED_ACCEPTED" },
  DECIDED_REFUSED: { NOTIFY: "NOTIFIED_REFUSED" },
  NOTIFIED_ACCEPTED: {},
  NOTIFIED_REFUSED: { APPEAL: "APPEALED" },
  APPEALED: { ACKNOWLEDGE_APPEAL: "APPEALED", SCHEDULE_APPEAL_DECISION: "APPEALED", DECIDE_APPEAL_UPHOLD: "APPEAL_UPHELD", DECIDE_APPEAL_DISMISS: "APPEAL_DISMISSED" },
  APPEAL_UPHELD: { NOTIFY: "NOTIFIED_ACCEPTED" },
  APPEAL_DISMISSED: { NOTIFY: "APPEAL_DISMISSED_NOTIFIED" },
  APPEAL_DISMISSED_NOTIFIED: {},
  WITHDRAWN_BY_APPLICANT: {},
};

const ORGANISM_ACTIONS: ApplicationAction[] = ["FILE", "PROVIDE_COMPLEMENT", "APPEAL", "WITHDRAW"];
const DECISIONS: ApplicationAction[] = ["DECIDE_ACCEPT", "DECIDE_REFUSE", "DECIDE_APPEAL_UPHOLD", "DECIDE_APPEAL_DISMISS"];

function expectedActors(action: ApplicationAction): ActorKind[] {
  if (ORGANISM_ACTIONS.includes(action)) return ["ORGANISM"];
  if (DECISIONS.includes(action)) return ["DECIDER"];
  return ["INSTRUCTOR", "DECIDER"];
}

const RULE_OF: Record<ApplicationAction, string> = {
  FILE: "HAB-2",
  REQUEST_COMPLEMENT: "HAB-3",
  PROVIDE_COMPLEMENT: "HAB-3",
  DECLARE_COMPLETE: "HAB-3",
  START_INSTRUCTION: "HAB-3",
  SCHEDULE_AUDITION: "HAB-4",
  ISSUE_OPINION: "HAB-4",
  DECIDE_ACCEPT: "HAB-5",
  DECIDE_REFUSE: "HAB-5",
  NOTIFY: "HAB-5",
  APPEAL: "HAB-8",
  ACKNOWLEDGE_APPEAL: "HAB-8",
  SCHEDULE_APPEAL_DECISION: "HAB-8",
  DECIDE_APPEAL_UPHOLD: "HAB-8",
  DECIDE_APPEAL_DISMISS: "HAB-8",
  WITHDRAW: "HAB-2",
  RESCHEDULE: "HAB-4",
};

const cases = APPLICATION_STATES.flatMap((state) =>
  APPLICATION_ACTIONS.flatMap((action) =>
    ACTOR_KINDS.map((actor) => {
      const to = EXPECTED[state][action];
      const permitted = expectedActors(action).includes(actor);
      const outcome = !permitted ? "NOT_PERMITTED" : to === undefined ? "WRONG_STATE" : to;
      const rule = !permitted && DECISIONS.includes(action) && actor === "INSTRUCTOR" ? "INS-2" : !permitted ? "INS-1" : RULE_OF[action];
      return { rule, state, action, actor, outcome };
    }),
  ),
);

describe("transition: every state × action × actor kind", () => {
  for (const { rule, state, action, actor, outcome } of cases) {
    it(`${rule}: ${state} + ${action} by ${actor} → ${outcome}`, () => {
      const result = transition(state, action, actor);
      if (outcome === "NOT_PERMITTED" || outcome === "WRONG_STATE") {
        expect(result).toMatchObject({ ok: false, code: outcome });
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(20);
      } else {
        expect(result).toEqual({ ok: true, from: state, to: outcome });
      }
    });
  }

  it("HAB-2: the exported table is exactly the expected machine", () => {
    const fromTable = TRANSITIONS.map((rule) => `${rule.from} ${rule.action} ${rule.to}`).sort();
    const expected = Object.entries(EXPECTED)
      .flatMap(([from, actions]) => Object.entries(actions).map(([action, to]) => `${from} ${action} ${to}`))
      .sort();
    expect(fromTable).toEqual(expected);
    for (const action of APPLICATION_ACTIONS) expect([...ACTION_ACTORS[action]].sort()).toEqual(expectedActors(action).sort());
  });

  it("HAB-2: every state is reachable from DRAFT", () => {
    const reached = new Set<ApplicationState>(["DRAFT"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const rule of TRANSITIONS) {
        if (reached.has(rule.from) && !reached.has(rule.to)) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...APPLICATION_STATES].sort());
  });
});

describe("targeted transitions", () => {
  it("HAB-3: only a complete file is instructed", () => {
    for (const state of APPLICATION_STATES.filter((s) => s !== "COMPLETE")) {
      expect(transition(state, "START_INSTRUCTION", "INSTRUCTOR")).toMatchObject({ ok: false, code: "WRONG_STATE" });
    }
    const refused = transition("FILED", "START_INSTRUCTION", "INSTRUCTOR");
    if (refused.ok) throw new Error("expected a refusal");
    expect(refused.reason).toBe(
      "Impossible d'instruire la demande : la demande est déposée (récépissé délivré). Cette action n'est possible que lorsque la demande est complète.",
    );
    expect(transition("COMPLETE", "START_INSTRUCTION", "INSTRUCTOR")).toEqual({ ok: true, from: "COMPLETE", to: "UNDER_INSTRUCTION" });
  });

  it("HAB-3: an incomplete file gets a request for complement, and completeness is checked again on reply", () => {
    let state: ApplicationState = "FILED";
    const steps: [ApplicationAction, ActorKind][] = [
      ["REQUEST_COMPLEMENT", "INSTRUCTOR"],
      ["PROVIDE_COMPLEMENT", "ORGANISM"],
      ["REQUEST_COMPLEMENT", "INSTRUCTOR"],
      ["PROVIDE_COMPLEMENT", "ORGANISM"],
      ["DECLARE_COMPLETE", "INSTRUCTOR"],
    ];
    for (const [action, actor] of steps) {
      const result = transition(state, action, actor);
      if (!result.ok) throw new Error(result.reason);
      state = result.to;
    }
    expect(state).toBe("COMPLETE");
  });

  it("HAB-2: the full path from draft to notified acceptance, with an audition", () => {
    const steps: [ApplicationAction, ActorKind, ApplicationState][] = [
      ["FILE", "ORGANISM", "FILED"],
      ["DECLARE_COMPLETE", "INSTRUCTOR", "COMPLETE"],
      ["START_INSTRUCTION", "INSTRUCTOR", "UNDER_INSTRUCTION"],
      ["SCHEDULE_AUDITION", "INSTRUCTOR", "AUDITION_SCHEDULED"],
      ["ISSUE_OPINION", "INSTRUCTOR", "OPINION_ISSUED"],
      ["DECIDE_ACCEPT", "DECIDER", "DECIDED_ACCEPTED"],
      ["NOTIFY", "INSTRUCTOR", "NOTIFIED_ACCEPTED"],
    ];
    let state: ApplicationState = "DRAFT";
    for (const [action, actor, expected] of steps) {
      const result = transition(state, action, actor);
      expect(result).toEqual({ ok: true, from: state, to: expected });
      state = expected;
    }
    expect(isTerminal(state)).toBe(true);
  });

  it("INS-2: staff and providers never decide, even on an instructed file", () => {
    for (const action of DECISIONS) {
      const result = transition(action.startsWith("DECIDE_APPEAL") ? "APPEALED" : "OPINION_ISSUED", action, "INSTRUCTOR");
      expect(result).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
      if (!result.ok) expect(result.reason).toContain("ne décident jamais");
    }
  });

  it("INS-1: the Instance's decision maker may also do the instruction tasks", () => {
    expect(transition("FILED", "DECLARE_COMPLETE", "DECIDER")).toMatchObject({ ok: true, to: "COMPLETE" });
    expect(transition("UNDER_INSTRUCTION", "ISSUE_OPINION", "DECIDER")).toMatchObject({ ok: true, to: "OPINION_ISSUED" });
  });

  it("INS-1: an actor who may never take an action is told so, whatever the state", () => {
    const result = transition("DRAFT", "DECIDE_ACCEPT", "ORGANISM");
    expect(result).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
    if (!result.ok) expect(result.reason).toMatch(/^Le candidat \(ou son mandataire\) ne peut pas accepter la demande\./);
  });

  it("HAB-2: the organism files; the Instance cannot file in its place", () => {
    expect(transition("DRAFT", "FILE", "INSTRUCTOR")).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
    expect(transition("DRAFT", "FILE", "DECIDER")).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
  });

  it("HAB-2: a draft or filed application may be withdrawn by its organism, not once declared complete", () => {
    expect(transition("DRAFT", "WITHDRAW", "ORGANISM")).toMatchObject({ ok: true, to: "WITHDRAWN_BY_APPLICANT" });
    expect(transition("FILED", "WITHDRAW", "ORGANISM")).toMatchObject({ ok: true, to: "WITHDRAWN_BY_APPLICANT" });
    expect(transition("COMPLEMENT_REQUESTED", "WITHDRAW", "ORGANISM")).toMatchObject({ ok: true, to: "WITHDRAWN_BY_APPLICANT" });
    expect(transition("COMPLETE", "WITHDRAW", "ORGANISM")).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(transition("FILED", "WITHDRAW", "INSTRUCTOR")).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
  });

  it("HAB-5: a decision is taken only on an issued opinion", () => {
    expect(transition("UNDER_INSTRUCTION", "DECIDE_ACCEPT", "DECIDER")).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(transition("AUDITION_SCHEDULED", "DECIDE_REFUSE", "DECIDER")).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });

  it("HAB-8: only a notified refusal can be appealed", () => {
    expect(transition("NOTIFIED_REFUSED", "APPEAL", "ORGANISM")).toMatchObject({ ok: true, to: "APPEALED" });
    expect(transition("DECIDED_REFUSED", "APPEAL", "ORGANISM")).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(transition("NOTIFIED_ACCEPTED", "APPEAL", "ORGANISM")).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(transition("APPEAL_DISMISSED", "APPEAL", "ORGANISM")).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });

  it("HAB-8: an upheld appeal is notified as an acceptance; a dismissed one is notified too, and only then closes the application", () => {
    expect(transition("APPEALED", "DECIDE_APPEAL_UPHOLD", "DECIDER")).toMatchObject({ ok: true, to: "APPEAL_UPHELD" });
    expect(transition("APPEAL_UPHELD", "NOTIFY", "INSTRUCTOR")).toMatchObject({ ok: true, to: "NOTIFIED_ACCEPTED" });
    expect(transition("APPEALED", "DECIDE_APPEAL_DISMISS", "DECIDER")).toMatchObject({ ok: true, to: "APPEAL_DISMISSED" });
    expect(isTerminal("APPEAL_DISMISSED")).toBe(false);
    expect(transition("APPEAL_DISMISSED", "NOTIFY", "INSTRUCTOR")).toMatchObject({ ok: true, to: "APPEAL_DISMISSED_NOTIFIED" });
    expect(isTerminal("APPEAL_DISMISSED_NOTIFIED")).toBe(true);
  });

  it("HAB-2: terminal states", () => {
    expect(APPLICATION_STATES.filter(isTerminal).sort()).toEqual(["APPEAL_DISMISSED_NOTIFIED", "NOTIFIED_ACCEPTED", "WITHDRAWN_BY_APPLICANT"]);
  });

  it("HAB-2: unknown states, actions or actor kinds are programming errors", () => {
    expect(() => transition("LOST" as ApplicationState, "FILE", "ORGANISM")).toThrow(RangeError);
    expect(() => transition("DRAFT", "SUBMIT" as ApplicationAction, "ORGANISM")).toThrow(RangeError);
    expect(() => transition("DRAFT", "FILE", "STAFF" as ActorKind)).toThrow(RangeError);
  });
});

describe("allowedActions", () => {
  it.each([
    ["DRAFT", "ORGANISM", ["FILE", "WITHDRAW"]],
    ["DRAFT", "INSTRUCTOR", []],
    ["FILED", "INSTRUCTOR", ["REQUEST_COMPLEMENT", "DECLARE_COMPLETE"]],
    ["FILED", "DECIDER", ["REQUEST_COMPLEMENT", "DECLARE_COMPLETE"]],
    ["FILED", "ORGANISM", ["WITHDRAW"]],
    ["COMPLEMENT_REQUESTED", "ORGANISM", ["PROVIDE_COMPLEMENT", "WITHDRAW"]],
    ["UNDER_INSTRUCTION", "INSTRUCTOR", ["SCHEDULE_AUDITION", "ISSUE_OPINION", "RESCHEDULE"]],
    ["OPINION_ISSUED", "DECIDER", ["DECIDE_ACCEPT", "DECIDE_REFUSE"]],
    ["OPINION_ISSUED", "INSTRUCTOR", []],
    ["NOTIFIED_REFUSED", "ORGANISM", ["APPEAL"]],
    ["APPEALED", "DECIDER", ["ACKNOWLEDGE_APPEAL", "SCHEDULE_APPEAL_DECISION", "DECIDE_APPEAL_UPHOLD", "DECIDE_APPEAL_DISMISS"]],
    ["NOTIFIED_ACCEPTED", "DECIDER", []],
  ] as [ApplicationState, ActorKind, ApplicationAction[]][])("INS-2: %s for %s → %j", (state, actor, expected) => {
    expect(allowedActions(state, actor)).toEqual(expected);
  });

  it("INS-2: agrees with transition() everywhere", () => {
    for (const state of APPLICATION_STATES) {
      for (const actor of ACTOR_KINDS) {
        const expected = APPLICATION_ACTIONS.filter((action) => transition(state, action, actor).ok);
        expect(allowedActions(state, actor)).toEqual(expected);
      }
    }
  });
});

describe("refusal wording", () => {
  it("HAB-5: a notification out of turn lists every state it is possible in", () => {
    const result = transition("DRAFT", "NOTIFY", "INSTRUCTOR");
    if (result.ok) throw new Error("expected a refusal");
    expect(result.reason).toBe(
      "Impossible de notifier la décision : la demande est en brouillon. Cette action n'est possible que lorsque la demande est acceptée (décision à notifier), refusée (décision à notifier), acceptée sur recours (décision à notifier) ou refusée sur recours (décision à notifier).",
    );
  });
});
