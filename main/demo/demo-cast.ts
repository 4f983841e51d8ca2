/**
 * The demo's invented people, companies and words. No real person's data: names are made up,
 * companies are fictional, every address is on example.com / example.org.
 */
export const DEMO_SEED = 20261203;

export const FIRST_NAMES = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Elin',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Juno',
  'Kira',
  'Leif',
  'Mira',
  'Nico',
  'Orla',
  'Pavel',
  'Quinn',
  'Rosa',
  'Soren',
  'Tilde',
  'Umar',
  'Vera',
  'Wren',
  'Yara',
] as const;

export const LAST_NAMES = [
  'Ashdown',
  'Brightwater',
  'Calloway',
  'Dunmore',
  'Everly',
  'Fairbank',
  'Greyfield',
  'Holloway',
  'Ironside',
  'Juniper',
  'Kettering',
  'Larkspur',
  'Merriweather',
  'Northcote',
  'Oakhurst',
  'Pemberly',
  'Quillon',
  'Ravensworth',
  'Silverton',
  'Thornbury',
  'Underhill',
  'Valemont',
  'Whitlock',
  'Yarrow',
] as const;

export const COMPANIES = [
  'Bluefin Cargo',
  'Cinder Ports',
  'Driftline Haulage',
  'Emberway Foods',
  'Fjordlane Retail',
  'Granite Cold Storage',
  'Harborlight Group',
  'Ironleaf Grocers',
  'Juniper Rail',
  'Lumen Pharma Supply',
] as const;

export const ROLES = [
  'CEO',
  'COO',
  'Head of Logistics',
  'Fleet manager',
  'Supply chain analyst',
  'Founder',
  'CTO',
  'Procurement lead',
  'Journalist',
  'Investor',
  'Operations director',
  'Engineer',
] as const;

export const CITIES = [
  'Rotterdam, Netherlands',
  'Hamburg, Germany',
  'Antwerp, Belgium',
  'Gothenburg, Sweden',
  'Lyon, France',
  'Milan, Italy',
  'Valencia, Spain',
  'London, UK',
  'Gdansk, Poland',
  'Copenhagen, Denmark',
] as const;

export const TOPICS = [
  { words: 'electric trucks', tag: 'evtrucks' },
  { words: 'cold chain', tag: 'coldchain' },
  { words: 'port congestion', tag: 'ports' },
  { words: 'route planning', tag: 'logistics' },
  { words: 'driver shortage', tag: 'trucking' },
  { words: 'charging depots', tag: 'evtrucks' },
] as const;

export const POST_OPENERS = [
  'Spent the morning with our night shift talking about',
  'Three things I learned this quarter about',
  'Nobody wants to hear it, but',
  'Proud of the team: a record week for',
  'Hiring: we need people who care about',
  'Hot take on',
] as const;

/** The user (the archive's owner), their company, and the prospect: all invented. */
export const CAST = {
  me: { id: '810000000001', handle: 'robin_castell', name: 'Robin Castell', company: 'Routewise (demo)' },
  prospect: {
    id: '810000000100',
    handle: 'ada_kestrel',
    name: 'Ada Lindqvist',
    bio: 'CEO at Kestrel Freight (a demo company). Electric trucks, cold chain, ports. Views my own.',
    location: 'Rotterdam, Netherlands',
    url: 'https://kestrel.example.com',
    followersCount: 5240,
    followingCount: 700,
    postsCount: 4100,
  },
  /** Colleagues at the user's company; the first has shared his following list. */
  colleagues: [
    ['Bob Chen', 'bob_chen_rw', 'Account director'],
    ['Priya Nand', 'priya_nand_rw', 'Solutions engineer'],
    ['Tomas Ferro', 'tomas_ferro_rw', 'Head of sales'],
    ['Lena Okafor', 'lena_okafor_rw', 'Product manager'],
    ['Marta Sokol', 'marta_sokol_rw', 'Customer success'],
  ],
  customers: [
    ['Hugo Brightwater', 'hugo_bluefin', 'Bluefin Cargo', 'COO'],
    ['Nadia Kettering', 'nadia_emberway', 'Emberway Foods', 'Head of Logistics'],
    ['Oskar Thornbury', 'oskar_granite', 'Granite Cold Storage', 'CEO'],
    ['Selma Underhill', 'selma_juniper', 'Juniper Rail', 'Operations director'],
    ['Teo Valemont', 'teo_harbor', 'Harborlight Group', 'Fleet manager'],
    ['Alba Ironside', 'alba_lumen', 'Lumen Pharma Supply', 'Procurement lead'],
  ],
  partners: [['Ines Alvarado', 'ines_kestrel', 'Kestrel Freight', 'Head of Procurement']],
  competitor: { id: '810000000090', handle: 'fleetnova_demo', name: 'FleetNova (demo competitor)' },
} as const;
