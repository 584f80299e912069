import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Limits checked before execution (ARCHITECTURE.md "HTTP and GraphQL"): depth is mercurius' own
 * `queryDepth`; batching is off; these two rules cap aliases and an estimated cost.
 */
export function maxAliasesRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(
            new GraphQLError(`Too many aliases: at most ${max} per request.`, { extensions: { code: 'BAD_USER_INPUT' } }),
          );
        }
      },
    };
  };
}

/** Each field costs 1; a list argument `first: n` (default `defaultPage`) multiplies what it selects. */
export function maxCostRule(max: number, defaultPage = 50) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const costOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const firstArg = s.arguments?.find((a) => a.name.value === 'first');
          // A variable's value is not known at validation time: assume a default page.
          const multiplier = !firstArg ? 1 : firstArg.value.kind === Kind.INT ? Number(firstArg.value.value) : defaultPage;
          total += 1 + multiplier * costOf(s.selectionSet, seen);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          total += costOf(s.selectionSet, seen);
        } else if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          total += costOf(f?.selectionSet, new Set([...seen, s.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, new Set());
        if (cost > max) {
          context.reportError(
            new GraphQLError(`This query is too expensive (estimated cost ${cost}, limit ${max}). Ask for fewer items.`, {
              extensions: { code: 'BAD_USER_INPUT', cost, limit: max },
            }),
          );
        }
      },
    };
  };
}
