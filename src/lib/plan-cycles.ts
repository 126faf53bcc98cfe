/**
 * Loops in plan chains. A plan names the higher plans it implements or rests on (`implements[].plan`,
 * `basis[].plan`); a plan cannot be above itself, directly or through others. Only links written as
 * a held plan's slug count: a number alone ("02/KH-UBND") is shared by many issuers, so a match by
 * number is a guess, not a link the editor wrote.
 */

/** One link a plan writes: the field that holds it ("implements[1].plan") and the plan it names. */
export interface PlanLink {
  field: string;
  plan: string;
}

export interface PlanNode {
  slug: string;
  links: readonly PlanLink[];
}

/** A link that closes a loop: `cycle` starts at the plan, follows this link, and ends at the plan again. */
export interface LoopLink {
  slug: string;
  field: string;
  cycle: string[];
}

/**
 * Every link that lies on a loop, each with one loop through it (the shortest). Linear in the
 * links to find the loops (Tarjan's strongly connected components, without recursion so ten
 * thousand plans in a row cannot overflow the stack), then a breadth-first search inside a loop
 * for each link on it. Links to plans not in `plans` are ignored (the reference check names them).
 */
export function planLoops(plans: readonly PlanNode[]): LoopLink[] {
  const held = new Set(plans.map((p) => p.slug));
  const targets = new Map(plans.map((p) => [p.slug, p.links.map((l) => l.plan).filter((s) => held.has(s))]));
  // A plan with no entry in the map has no links kept.
  const component = stronglyConnected([...held], (slug) => targets.get(slug) ?? []);
  // A loop stays inside its component: the searches for a way back only follow links within it.
  const inside = new Map(
    [...targets].map(([slug, to]) => [slug, to.filter((t) => component.get(t) === component.get(slug))]),
  );
  const out: LoopLink[] = [];
  for (const p of plans)
    for (const link of p.links)
      // On a loop: the plan links to a plan in its own component (itself included).
      if (held.has(link.plan) && component.get(link.plan) === component.get(p.slug))
        out.push({
          slug: p.slug,
          field: link.field,
          cycle: [p.slug, ...shortestPath(link.plan, p.slug, (slug) => inside.get(slug) ?? [])],
        });
  return out;
}

/** Component id of every node (Tarjan), iterative; each frame carries its node's index and low-link. */
function stronglyConnected(nodes: readonly string[], next: (n: string) => string[]): Map<string, number> {
  const index = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edges: string[]; i: number; index: number; low: number }[] = [];
    const visit = (node: string) => {
      index.set(node, counter);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: next(node), i: 0, index: counter, low: counter });
      counter++;
    };
    visit(root);
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const to = frame.edges[frame.i];
      if (to !== undefined) {
        frame.i++;
        const seen = index.get(to);
        if (seen === undefined) visit(to);
        else if (onStack.has(to)) frame.low = Math.min(frame.low, seen);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) parent.low = Math.min(parent.low, frame.low);
      if (frame.low === frame.index) {
        // The node and everything pushed after it form one component.
        for (const n of stack.splice(stack.lastIndexOf(frame.node))) {
          onStack.delete(n);
          component.set(n, components);
        }
        components++;
      }
    }
  }
  return component;
}

/** Nodes from `from` to `to` (both included) along `next`; `to` is reachable by construction. */
function shortestPath(from: string, to: string, next: (n: string) => string[]): string[] {
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  // An array's iterator also visits what is pushed while it runs: a breadth-first queue.
  for (const node of queue) {
    if (cameFrom.has(to)) break;
    for (const n of next(node))
      if (!cameFrom.has(n)) {
        cameFrom.set(n, node);
        queue.push(n);
      }
  }
  const path: string[] = [];
  for (let n: string | undefined = to; n !== undefined; n = cameFrom.get(n)) path.push(n);
  return path.reverse();
}
