// Feeds and open data take their Last-Modified from the newest LDES member of one kind (tombstones
// included, so a withdrawal moves it): without this index that read walks the whole log backwards
// past every member of the other kind, on every anonymous request.
export const ldesMembersByKind: string[] = [
  `CREATE INDEX ldes_members_kind_sequence ON ldes_members (item_kind, sequence DESC)`,
];
