// What the item pages and API need to know of one kind beyond its descriptor: its schemas, its shape,
// its content rules, and the parts of its form and page that differ from the other kind's.
import type { TSchema } from 'typebox';
import type { ComponentChildren } from 'preact';
import type { ItemKind } from '../shared/item-kind.ts';
import type { InputRules } from '../shared/validation.ts';
import type { PageContext } from '../web/context.ts';
import type { FormState, FormValues } from '../web/forms.tsx';
import type { ItemContent } from '../items/service.ts';
import type { ItemWithOrganisation } from '../items/service.ts';

/** The API shape's fields that every item page shows. */
export interface PresentedItem {
  id: string;
  title: string;
  description: string;
  language: string;
  classification: string;
  status: string;
  organisation: { id: string; name: string };
  reviewNote: string | null;
  publishedAt: string | null;
  expiresAt?: string | null;
}

export interface KindPages<K extends ItemKind, P extends PresentedItem> {
  // The input types are checked by the schemas at the edge; the pages only pass them on.
  content: ItemContent<K, { organisationId?: string }, object>;
  schemas: { Item: TSchema; Input: TSchema; Update: TSchema; List: TSchema; ListQuery: TSchema };
  present(row: ItemWithOrganisation<K>): P;
  /** A form post's values as input: arrays gathered, strings split. */
  formInput(body: Record<string, unknown>): Record<string, unknown>;
  /** The values of a new item's form. */
  newValues(locale: string): FormValues;
  /** An item's values in its edit form. */
  formValues(item: P): FormValues;
  /** The checks beside the schema, so that a form gets every problem in one round; `before` when editing. */
  rules(now: Date, before?: ItemWithOrganisation<K>): InputRules;
  /** The labels of the kind's own fields, in the form's order. */
  fieldLabels(context: PageContext): Record<string, string>;
  /** The kind's own fields in the form, between the description and the classification. */
  Fields(props: { context: PageContext; form: FormState; labels: Record<string, string> }): ComponentChildren;
  /** The kind's own facts on its page, before the classification. */
  Facts(props: { context: PageContext; item: P }): ComponentChildren;
}
