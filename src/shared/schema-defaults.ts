// Update schemas are the input schemas made partial, minus the input's defaults: Ajv fills defaults
// in, so a PATCH that leaves out `classification` would otherwise make a confidential item public
// and one that leaves out a list would empty it.
import { Type, type TObject, type TProperties } from 'typebox';

function withoutDefault<S extends object>(schema: S): S {
  // Property descriptors keep TypeBox's hidden markers (its kind, optional), which spreading drops.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(schema)) as S & { default?: unknown };
  delete copy.default;
  return copy;
}

/** The same object schema with no default on any of its properties. */
export function withoutDefaults<P extends TProperties>(schema: TObject<P>): TObject<P> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties).map(([name, property]) => [name, withoutDefault(property)]),
  );
  return Type.Object(properties as P);
}
