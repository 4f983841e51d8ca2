/** How a person relates to the user; the order is how lists and menus show them. */
export const RELATIONSHIPS = ['me', 'colleague', 'customer', 'partner', 'friend', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
