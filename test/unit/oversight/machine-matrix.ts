import { expect, it } from "vitest";

import { OVERSIGHT_ACTOR_KINDS, type OversightActorKind } from "../../../src/oversight/rules/actors";
import { type Machine, transitionIn } from "../../../src/oversight/rules/machine";

export interface ExpectedMachine<S extends string, A extends string> {
  readonly transitions: Record<S, Partial<Record<A, S>>>;
  readonly actors: Record<A, OversightActorKind[]>;
  readonly ruleOf: Record<A, string>;
  readonly initial: S;
  /** States reached by the passing of time, not by an action (automatic outcomes). */
  readonly timeDriven?: readonly S[];
}

/** Every state × action × part of a machine against a table written out in the test, each case named by its rule ID. */
export function itFollowsTheMachine<S extends string, A extends string>(machine: Machine<S, A>, expected: ExpectedMachine<S, A>): void {
  for (const state of machine.states) {
    for (const action of machine.actions) {
      for (const actor of OVERSIGHT_ACTOR_KINDS) {
        const permitted = expected.actors[action].includes(actor);
        const to = expected.transitions[state][action];
        const outcome = !permitted ? "FORBIDDEN" : to === undefined ? "WRONG_STATE" : to;
        const rule = !permitted ? (actor === "AGENT" || actor === "AUDITOR" ? "INS-2" : "INS-1") : expected.ruleOf[action];
        it(`${rule}: ${state} + ${action} by ${actor} → ${outcome}`, () => {
          const result = transitionIn(machine, state, action, actor);
          if (outcome === "FORBIDDEN" || outcome === "WRONG_STATE") {
            expect(result).toMatchObject({ ok: false, code: outcome });
            if (!result.ok) expect(result.message.length).toBeGreaterThan(30);
          } else {
            expect(result).toEqual({ ok: true, value: { from: state, to: outcome } });
          }
        });
      }
    }
  }

  it(`${expected.ruleOf[machine.actions[0]]}: the table is exactly the expected machine, every state reachable`, () => {
    const fromTable = machine.transitions.map((t) => `${t.from} ${t.action} ${t.to}`).sort();
    const fromTest = (Object.entries(expected.transitions) as [S, Partial<Record<A, S>>][])
      .flatMap(([from, actions]) => Object.entries(actions).map(([action, to]) => `${from} ${action} ${String(to)}`))
      .sort();
    expect(fromTable).toEqual(fromTest);
    for (const action of machine.actions) expect([...machine.actors[action]].sort()).toEqual([...expected.actors[action]].sort());
    expect(Object.keys(machine.stateLabels).sort()).toEqual([...machine.states].sort());
    const reached = new Set<S>([expected.initial, ...(expected.timeDriven ?? [])]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of machine.transitions) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...machine.states].sort());
  });
}
