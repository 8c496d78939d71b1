/**
 * A language's traits that only the command line tools read (`check-snippets`, `new-snippet`):
 * its tree-sitter grammar, how to read the SDK names a snippet uses, its scaffold template and the
 * fixture SDK the checks' tests build. Every trait is required, so a language that leaves one out
 * does not compile. Each language's folder exports one as the default export of
 * `languages/<key>/tooling.ts` (`satisfies LanguageTooling`), found there by path (loadTooling.ts);
 * none of it reaches a page, as `languages/index.ts` never imports it. Its CI harness is the
 * folder's `harness.ts` (LanguageHarness.ts).
 *
 * This file and what it imports stay below both the languages and `scripts/`: a language's folder
 * never imports the command line tools; the tools hand it what it needs (the tree helpers, the
 * demo values).
 */
import type { Grant } from '../snippets/grants';
import type { Node } from 'web-tree-sitter';

export interface LanguageTooling {
  /** The key of the language in `languages/index.ts` (checked against its folder). */
  key: string;
  /** Syntax, as tree-sitter reads it (the syntax, shared-values and SDK-name checks). */
  syntax: {
    /** The grammar's file in `@vscode/tree-sitter-wasm/wasm/`, e.g. `tree-sitter-c-sharp.wasm`. */
    treeSitterGrammar: string;
    /** The grammar's name in messages, e.g. `C#` (the tab's label is `.NET`). */
    grammarName: string;
    /** Node types of its string literals, whose text is compared across languages. */
    stringLiteralTypes: readonly string[];
    /**
     * What every snippet must start with, when the grammar would silently read anything else as
     * something else (PHP without `<?php` is inline HTML: nothing would be checked); else null.
     */
    requiredStart: string | null;
  };
  /**
   * How the SDK-surface check reads this language: which of its names a snippet uses and which
   * its SDK has. Null for a language whose compiler checks them instead (the reference
   * language's type check against its SDK).
   */
  sdkNames: SdkNames | null;
  /** The file `npm run new-snippet` writes for this language. */
  template(input: TemplateInput): string;
  /**
   * A one-file SDK that has exactly `names`, for the checks' tests (their fixture sites), or null
   * when the language has no SDK-surface check (`sdkNames` null).
   */
  fixtureSdk: FixtureSdk | null;
}

export interface SdkNames {
  /** Files and folders of the language's folder that are its SDK and `sandbox` helper. */
  sources: readonly string[];
  /** Files among the sources that are the SDK's own tests, not its surface. */
  testFiles: RegExp;
  /** Reads one node of a snippet's tree (the check walks the tree and calls it for each). */
  read: SdkNameReader;
  /**
   * The standard library, as far as the check needs it: names that are not SDK names although a
   * snippet calls them. Keep the lists to what snippets really use; when a snippet needs a new
   * one, the check's message points here.
   */
  standardLibrary: {
    /**
     * Global objects and types: calls and members reached from them (`Console.WriteLine`,
     * `System.out.println`) are not checked. Imports that are not the SDK count as roots too.
     */
    roots: readonly string[];
    /**
     * Functions and methods snippets call without a receiver or on their own values
     * (`token.getAccessToken().substring(0, 8)`), where the receiver's type is unknown. Every
     * entry could hide an SDK name of the same spelling, so the list holds only what snippets use.
     */
    names: readonly string[];
  };
}

/** One name a snippet uses from outside itself. */
export interface NameUse {
  name: string;
  /** `call`: called; `type`: constructed or named as a type or class; `member`: reached through. */
  kind: 'call' | 'type' | 'member';
  line: number;
  column: number;
}

/** What a reader has found so far in one snippet. */
export interface NameExtraction {
  /** Names the snippet defines itself (functions, classes, variables, parameters). */
  defined: Set<string>;
  /** Roots that are not the SDK: non-SDK imports. */
  external: Set<string>;
}

/** Records a use of `node`'s text (or `name`), reached from `root` when it is a chain's member. */
export type UseName = (
  node: Node | null,
  kind: NameUse['kind'],
  root?: string,
  name?: string,
) => void;

/** The tree-walking helpers the check hands every reader (they live with the check). */
export interface TreeHelpers {
  field(node: Node, name: string): Node | null;
  /** Follows receivers (`a.b().c` → `a`) down to the identifier a chain starts from. */
  rootOf(node: Node | null, receiverFields: readonly string[]): Node | null;
  /** Records the member names on the way from a call's receiver down to its root. */
  chainMembers(
    receiver: Node | null,
    memberTypes: Record<string, string>,
    receiverFields: readonly string[],
    use: UseName,
    root: string | undefined,
  ): void;
  descendantsOf(node: Node, type: string): Node[];
  walk(node: Node, visit: (node: Node) => boolean | void): void;
}

export type SdkNameReader = (
  node: Node,
  found: NameExtraction,
  use: UseName,
  tree: TreeHelpers,
) => void;

/** The grants a snippet can show (`snippets/<grant>/`). */
export type { Grant };

/** What a template is written from: the scaffold hands it the mock server's demo values. */
export interface TemplateInput {
  grant: Grant;
  /** `fetch-token`. */
  operation: string;
  /** The marker line's text, to write as a comment: `TODO: replace this with …`. */
  todo: string;
  /** The placeholders readers copy (`sandbox/mock-server`'s `demo`). */
  demo: {
    clientId: string;
    clientSecret: string;
    username: string;
    password: string;
    redirectUri: string;
  };
}

export interface FixtureSdk {
  /** Its path in the language's folder, among `sdkNames.sources`: e.g. `Sdk/Sdk.cs`. */
  file: string;
  /** A file of the language's code that calls (and so has) each of `names`. */
  source(names: readonly string[]): string;
  /**
   * The SDK names the templates use, written out by hand (not derived from the templates), so a
   * template using a name no SDK has fails the surface tests.
   */
  names: readonly string[];
  /** Names the fixture SDK has beyond the templates', each with why. */
  extensions: readonly { name: string; reason: string }[];
}
