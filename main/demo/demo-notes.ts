/** What the demo user wrote and saved: a note on the prospect, a saved search, what a customer says. */
export const DEMO_NOTE = `# Ada Lindqvist, Kestrel Freight (invented for the demo)

- Moving the whole fleet to **electric trucks** by 2028; cold chain is where it hurts.
- Follows Bob and Tomas; mentioned Hugo (Bluefin Cargo) twice this year.
- Ask Hugo for the bandwagon e-mail before the Rotterdam meeting.

Next step: the brief, then the introduction through Hugo.
`;

export const DEMO_SAVED_SEARCH = { name: 'Cold chain talk', query: '"cold chain"' };

export const DEMO_PURSUIT = {
  business: ['route planning', 'fleet software'],
  competitors: { handles: ['fleetnova_demo'], keywords: ['FleetNova'] },
};

export const DEMO_CUSTOMER_FACTS = {
  sourceKey: 'hugo_bluefin@customer.example.org',
  customerSince: '2022-03-01',
  did: 'cut their empty kilometres by a fifth with route planning (invented)',
  says: 'Routewise paid for itself in one quarter (invented)',
};
