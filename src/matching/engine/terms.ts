// Term ids shared by the challenge and solution indexes, so a word's expansion is computed and cached once.

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  /** The id of a term, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  name(id: number): string {
    return this.names[id]!;
  }

  get size(): number {
    return this.names.length;
  }

  all(): readonly string[] {
    return this.names;
  }
}
