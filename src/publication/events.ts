// Changes to challenges and solutions, announced after their transaction commits, so the matching
// index and notifications follow the database without polling it.
import { EventEmitter } from 'node:events';
import type { ItemKind } from './lifecycle.ts';

export interface ItemChange {
  kind: ItemKind;
  id: string;
  status: string;
}

export class ItemEvents extends EventEmitter<{ changed: [ItemChange] }> {
  changed(change: ItemChange): void {
    this.emit('changed', change);
  }
}
