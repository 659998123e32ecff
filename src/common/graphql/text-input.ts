import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { AppError } from "../errors";

/** Argument and input-field names that hold prose: tabs and line breaks are allowed there, nowhere else. */
const PROSE_FIELDS = new Set([
  "text",
  "title",
  "reason",
  "reasons",
  "grounds",
  "note",
  "request",
  "description",
  "qualifications",
  "address",
  "postalAddress",
  "minutes",
  "finding",
  "justification",
  "pathTraceability",
  "reinforcedSupport",
  "cancellationReason",
  "revocationReason",
]);

// Control characters (C0, DEL, C1), lone surrogates, and U+FFFD (text already damaged by a bad encoding).
const FORBIDDEN_IN_LINE = /[\p{Cc}\p{Cs}\uFFFD]/u;
const FORBIDDEN_IN_PROSE = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFD]/u;

/** The first forbidden character of a text, described for a person, or undefined when the text is sound. */
export function textDefect(text: string, prose: boolean): string | undefined {
  const match = (prose ? FORBIDDEN_IN_PROSE : FORBIDDEN_IN_LINE).exec(text);
  if (!match) return undefined;
  const unit = match[0].charCodeAt(0);
  const code = `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
  const position = [...text.slice(0, match.index)].length + 1;
  if (unit >= 0xd800 && unit <= 0xdfff) return `une moitié de paire de substitution isolée (${code}, caractère ${position}) : ce n'est pas de l'Unicode valide`;
  if (unit === 0xfffd) return `le caractère de remplacement ${code} (caractère ${position}) : le texte a été abîmé par un mauvais encodage`;
  return `un caractère de contrôle ${code} (caractère ${position})${prose ? "" : " ; tabulations et retours à la ligne n'y sont pas admis"}`;
}

/** One place where a text reaches an argument: its label for messages, its type and the value written there. */
interface ArgumentSite {
  label: string;
  type: GraphQLInputType;
  value: ValueNode;
}

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const owner = typeInfo.getDirective() ? `@${typeInfo.getDirective()!.name}` : typeInfo.getFieldDef()?.name;
        if (argument && owner) sites.push({ label: `${owner}.${argument.name}`, type: argument.type, value: node.value });
      },
    }),
  );
  return sites;
}

class TextRefused extends AppError {
  constructor(label: string, defect: string) {
    super("BAD_USER_INPUT", `Texte refusé : « ${label} » contient ${defect}. Corrigez-le puis renvoyez-le.`, {
      field: label,
      http: { status: 400 },
    });
  }
}

function leafName(label: string): string {
  return label.slice(label.lastIndexOf(".") + 1).replace(/\[\d+\]$/, "");
}

function checkText(label: string, text: string): void {
  const defect = textDefect(text, PROSE_FIELDS.has(leafName(label)));
  if (defect) throw new TextRefused(label, defect);
}

/** Walks a JSON variable value along its input type; the type bounds the walk, whatever the value's nesting. */
function checkValue(label: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => checkValue(`${label}[${index}]`, nullable.ofType, item));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object" || Array.isArray(value)) return;
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value)) {
      const field = fields[name];
      if (field) checkValue(`${label}.${name}`, field.type, fieldValue);
    }
    return;
  }
  if (typeof value === "string" && isScalarType(getNamedType(nullable))) checkText(label, value);
}

/** The request's variables, and the defaults its operation declares for those left out. */
interface Variables {
  values: Record<string, unknown>;
  defaults: Map<string, ValueNode>;
}

/** The same walk over a literal written in the query, where a variable may stand for any part. */
function checkLiteral(label: string, type: GraphQLInputType, node: ValueNode, variables: Variables): void {
  const nullable = getNullableType(type);
  switch (node.kind) {
    case Kind.VARIABLE: {
      const value = variables.values[node.name.value];
      const fallback = variables.defaults.get(node.name.value);
      if (value === undefined && fallback) checkLiteral(label, type, fallback, variables);
      else checkValue(label, type, value);
      return;
    }
    case Kind.LIST:
      if (isListType(nullable)) node.values.forEach((item, index) => checkLiteral(`${label}[${index}]`, nullable.ofType, item, variables));
      return;
    case Kind.OBJECT:
      if (isInputObjectType(nullable)) {
        const fields = nullable.getFields();
        for (const field of node.fields) {
          const definition = fields[field.name.value];
          if (definition) checkLiteral(`${label}.${field.name.value}`, definition.type, field.value, variables);
        }
      }
      return;
    case Kind.STRING:
      if (isListType(nullable)) checkLiteral(label, nullable.ofType, node, variables);
      else checkText(label, node.value);
      return;
    default:
      return;
  }
}

/**
 * Refuses ill-formed text in every argument of every operation, before anything runs: lone surrogates, control
 * characters (tab and line breaks only in prose), U+FFFD. BAD_USER_INPUT names the field.
 */
export function textInputCheck(): ApolloServerPlugin {
  const sitesOf = new WeakMap<DocumentNode, ArgumentSite[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operation }) {
          let sites = sitesOf.get(document);
          if (!sites) sitesOf.set(document, (sites = argumentSites(schema, document)));
          const defaults = new Map<string, ValueNode>();
          for (const definition of operation?.variableDefinitions ?? []) {
            if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
          }
          const variables = { values: request.variables ?? {}, defaults };
          for (const site of sites) checkLiteral(site.label, site.type, site.value, variables);
        },
      };
    },
  };
}
