import type { AccountFacts, ContactFacts } from './types';

/**
 * A labelled set for measuring the matcher: contacts as LinkedIn exports state them, accounts as
 * X, Bluesky and Mastodon profiles state them, and for each pair worth asking about, whether it is
 * the same person (by construction: the fixture's own story, written before the matcher was tuned
 * on it). Every pair not listed is a different person. Names are invented.
 */
export interface LabelledContact extends ContactFacts {
  key: string;
}

export const CONTACTS: LabelledContact[] = [
  {
    key: 'jose',
    name: 'José Álvarez',
    company: 'Acme Logistics',
    position: 'Operations Director',
    profileUrl: 'linkedin.com/in/jose-alvarez-4b2a1',
  },
  { key: 'katherine', name: 'Katherine Moore', company: 'Brightwave', position: 'Head of Marketing' },
  { key: 'william', name: 'William Turner', company: 'Northwind Traders', position: 'CFO' },
  {
    key: 'robert',
    name: 'Robert Chen',
    company: 'Initech',
    position: 'Software Engineer',
    email: 'rchen@initech.com',
  },
  { key: 'maria', name: 'María Fernández López', company: 'Iberia Express', position: 'Directora de Ventas' },
  {
    key: 'juergen',
    name: 'Jürgen Weiß',
    company: 'Stahlwerk AG',
    position: 'Geschäftsführer',
    location: 'Essen, Deutschland',
  },
  { key: 'francois', name: 'François Lefèvre', company: 'Banque Lumière', position: 'Analyste' },
  { key: 'james', name: 'James Smith', company: 'Contoso', position: 'Product Manager' },
  {
    key: 'ana',
    name: 'Ana Souza',
    company: 'Verde Energia',
    position: 'CEO',
    profileUrl: 'linkedin.com/in/anasouza',
  },
  {
    key: 'elizabeth',
    name: 'Elizabeth Park',
    company: 'Fabrikam',
    position: 'VP Sales',
    email: 'liz.park@fabrikam.com',
  },
  { key: 'francisco', name: 'Francisco Ruiz', company: 'Telemadrid', position: 'Editor' },
  { key: 'daniel', name: 'Daniel Okafor', company: 'Zenith Bank', position: 'Risk Analyst' },
  { key: 'sarah', name: 'Sarah Johnson', company: 'Globex', position: 'Recruiter' },
  { key: 'michael', name: 'Michael Brown', company: 'Umbrella Health', position: 'Chief Executive Officer' },
  {
    key: 'joao',
    name: 'João Pereira',
    company: 'Lusitania Seguros',
    position: 'Actuary',
    location: 'Lisboa, Portugal',
  },
  { key: 'chris', name: 'Christopher Lee', company: 'Soylent', position: 'Data Scientist | @chrislee_data' },
  { key: 'anne', name: 'Anne-Marie Dubois', company: 'Parfums Dubois', position: 'Fondatrice' },
  { key: 'thomas', name: 'Thomas Müller', company: 'Bayern Logistik GmbH', position: 'Berater' },
  { key: 'peggy', name: 'Margaret Wilson', company: 'Wilson & Co', position: 'Owner' },
  { key: 'li', name: 'Wei Zhang', company: 'Dragon Robotics', position: 'CTO' },
  {
    key: 'emma',
    name: 'Emma Davies',
    company: 'Self-employed',
    position: 'Illustrator',
    location: 'Cardiff, Wales',
  },
  {
    key: 'pat',
    name: 'Patricia Gómez',
    company: 'Hospital Clínic',
    position: 'Nurse',
    location: 'Barcelona, Spain',
  },
  { key: 'liam', name: "Liam O'Brien", company: 'Kerry Foods', position: 'Buyer' },
  { key: 'olivia', name: 'Olivia Martin', company: 'Tesco', position: 'Store Manager' },
  {
    key: 'hans',
    name: 'Johannes Becker',
    company: 'Siemens',
    position: 'Entwickler',
    email: 'johannes.becker@gmail.com',
  },
  { key: 'nacho', name: 'Ignacio Torres', company: 'Cabify', position: 'Product Designer' },
  // Where they live tells two same-name people apart (vCard and Google addresses, migration 009).
  { key: 'carmen', name: 'Carmen Ortiz', position: 'Photographer', location: 'Sevilla, España' },
  {
    key: 'pedro',
    name: 'Pedro Santos',
    company: 'Feedzai',
    position: 'Software Engineer',
    location: 'Lisboa, Portugal',
  },
  { key: 'zoe', name: 'Zoë Ålund', company: 'Spotify', position: 'Designer', location: 'Malmö, Sweden' },
  { key: 'olivia2', name: 'Olivia Martin', company: 'Asda', position: 'Pharmacist', location: 'Leeds, UK' },
];

export const ACCOUNTS: AccountFacts[] = [
  // José Álvarez: accents folded, and a same-name stranger at another company.
  {
    id: 1,
    network: 'x',
    handle: 'jalvarez_ops',
    name: 'Jose Alvarez',
    bio: 'Operations at Acme Logistics. Supply chains, trucks, coffee.',
  },
  {
    id: 2,
    network: 'x',
    handle: 'josealvarezfit',
    name: 'José Álvarez',
    bio: 'Personal trainer at FitLab Miami 💪 DM for coaching',
  },
  {
    id: 3,
    network: 'bluesky',
    handle: 'jose.bsky.social',
    name: 'J. Álvarez',
    bio: 'linkedin.com/in/jose-alvarez-4b2a1 · logistics nerd',
  },
  // Katherine / Kate.
  {
    id: 4,
    network: 'x',
    handle: 'katemoore',
    name: 'Kate Moore',
    bio: 'Head of Marketing @Brightwave. Opinions mine.',
  },
  {
    id: 5,
    network: 'x',
    handle: 'kmoore_art',
    name: 'Kate Moore',
    bio: 'Painter. Oil on canvas. Represented by Galerie Nord.',
  },
  // William / Bill.
  {
    id: 6,
    network: 'x',
    handle: 'billturner',
    name: 'Bill Turner',
    bio: 'CFO at Northwind Traders. Numbers and sailing.',
  },
  {
    id: 7,
    network: 'mastodon',
    handle: 'wturner@mastodon.social',
    name: 'William Turner',
    bio: 'Landscape photographer. Prints at turnerphoto.net',
  },
  // Robert / Bob with an e-mail domain.
  {
    id: 8,
    network: 'x',
    handle: 'bobchen',
    name: 'Bob Chen',
    bio: 'Building things',
    url: 'https://initech.com',
  },
  {
    id: 9,
    network: 'bluesky',
    handle: 'robertchen.bsky.social',
    name: 'Robert Chen',
    bio: 'Software engineer at Initrode. Rust, Go.',
  },
  // María Fernández López: two surnames, one used.
  {
    id: 10,
    network: 'x',
    handle: 'mariafdez',
    name: 'Maria Fernandez',
    bio: 'Directora de Ventas en Iberia Express ✈️',
  },
  {
    id: 11,
    network: 'x',
    handle: 'mfernandez_lopez',
    name: 'María Fernández',
    bio: 'Periodista en El Diario. Madrid.',
  },
  // Jürgen Weiß: ü and ß.
  {
    id: 12,
    network: 'x',
    handle: 'jweiss',
    name: 'Juergen Weiss',
    bio: 'Geschäftsführer bei Stahlwerk',
    location: 'Essen',
  },
  {
    id: 13,
    network: 'mastodon',
    handle: 'jurgen@chaos.social',
    name: 'Jurgen Weiss',
    bio: 'Hacker, Musiker. Berlin.',
    location: 'Berlin',
  },
  // François Lefèvre.
  {
    id: 14,
    network: 'x',
    handle: 'flefevre',
    name: 'Francois Lefevre',
    bio: 'Analyste chez Banque Lumière. Paris.',
  },
  // James Smith: a common name, four strangers and the real one.
  {
    id: 15,
    network: 'x',
    handle: 'jsmith_pm',
    name: 'James Smith',
    bio: 'Product Manager at Contoso. Shipping is a feature.',
  },
  { id: 16, network: 'x', handle: 'jamessmith1', name: 'James Smith', bio: 'Dad, golfer, Yankees fan' },
  { id: 17, network: 'x', handle: 'jsmithlaw', name: 'James Smith', bio: 'Attorney at Smith & Partners LLP' },
  { id: 18, network: 'x', handle: 'jimsmith', name: 'Jim Smith', bio: 'Retired. Grandpa of 4.' },
  { id: 19, network: 'x', handle: 'jamess', name: 'James Smith', bio: '' },
  // Ana Souza: states her LinkedIn page, name written differently.
  {
    id: 20,
    network: 'x',
    handle: 'verdeana',
    name: 'Ana S. 🌱',
    bio: 'Clean energy. linkedin.com/in/anasouza',
  },
  {
    id: 21,
    network: 'x',
    handle: 'anasouza',
    name: 'Ana Souza',
    bio: 'Designer at Pixel Co. São Paulo',
    url: 'https://www.linkedin.com/in/ana-souza-design',
  },
  // Elizabeth / Liz, her e-mail in the bio.
  {
    id: 22,
    network: 'x',
    handle: 'lizpark',
    name: 'Liz Park',
    bio: 'Sales leader. Reach me: liz.park@fabrikam.com',
  },
  {
    id: 23,
    network: 'bluesky',
    handle: 'elizabethpark.bsky.social',
    name: 'Elizabeth Park',
    bio: 'Poet. Seoul → Toronto.',
  },
  // Francisco / Paco.
  {
    id: 24,
    network: 'x',
    handle: 'pacoruiz',
    name: 'Paco Ruiz',
    bio: 'Editor en Telemadrid. Fútbol y política.',
  },
  { id: 25, network: 'x', handle: 'fruiz', name: 'F. Ruiz', bio: 'Arquitecto en Sevilla' },
  // Daniel Okafor: only the handle spells the name.
  { id: 26, network: 'x', handle: 'danielokafor', name: 'Dan O.', bio: 'Risk at Zenith Bank. Lagos.' },
  // Sarah Johnson: same name, another company named.
  {
    id: 27,
    network: 'x',
    handle: 'sarahj',
    name: 'Sarah Johnson',
    bio: 'Recruiter at Hooli. Hiring engineers!',
  },
  { id: 28, network: 'x', handle: 'sjohnson_globex', name: 'Sarah Johnson', bio: 'Talent @ Globex' },
  // Michael Brown: "Chief Executive Officer" and "CEO".
  { id: 29, network: 'x', handle: 'mikebrown', name: 'Mike Brown', bio: 'CEO, Umbrella Health' },
  {
    id: 30,
    network: 'x',
    handle: 'michaelbrown',
    name: 'Michael Brown',
    bio: 'CEO at Brown Roofing. Family business since 1982.',
  },
  // João Pereira.
  {
    id: 31,
    network: 'x',
    handle: 'joaopereira',
    name: 'Joao Pereira',
    bio: 'Atuário. Lisboa.',
    location: 'Lisboa',
  },
  // Christopher Lee: the contact's LinkedIn position names the handle.
  { id: 32, network: 'x', handle: 'chrislee_data', name: 'CL', bio: 'data, models, bikes' },
  { id: 33, network: 'x', handle: 'christopherlee', name: 'Christopher Lee', bio: 'Actor fan account' },
  // Anne-Marie Dubois: a hyphenated first name.
  {
    id: 34,
    network: 'x',
    handle: 'amdubois',
    name: 'Anne Marie Dubois',
    bio: 'Fondatrice de Parfums Dubois',
  },
  // Thomas Müller: the famous stranger.
  {
    id: 35,
    network: 'x',
    handle: 'esmuellert_',
    name: 'Thomas Müller',
    bio: 'Footballer at FC Bayern München',
  },
  {
    id: 36,
    network: 'x',
    handle: 'tmueller_berater',
    name: 'Thomas Mueller',
    bio: 'Berater bei Bayern Logistik',
  },
  // Margaret / Peggy.
  { id: 37, network: 'x', handle: 'peggywilson', name: 'Peggy Wilson', bio: 'Owner, Wilson & Co. Bakery.' },
  // Wei Zhang: name order reversed.
  { id: 38, network: 'x', handle: 'zhangwei', name: 'Zhang Wei', bio: 'CTO @ Dragon Robotics' },
  { id: 39, network: 'x', handle: 'weizhang88', name: 'Wei Zhang', bio: 'PhD student at Tsinghua' },
  // Emma Davies: self-employed, nothing to contradict.
  {
    id: 40,
    network: 'x',
    handle: 'emmadraws',
    name: 'Emma Davies',
    bio: 'Illustrator. Picture books. Cardiff.',
    location: 'Cardiff, UK',
  },
  // Patricia Gómez.
  {
    id: 41,
    network: 'x',
    handle: 'patgomez',
    name: 'Pat Gomez',
    bio: 'Nurse. Hospital Clínic. Barcelona.',
    location: 'Barcelona',
  },
  {
    id: 42,
    network: 'x',
    handle: 'patriciagomez',
    name: 'Patricia Gomez',
    bio: 'Abogada en Gómez & Asociados',
    location: 'Madrid',
  },
  // Liam O'Brien: punctuation.
  { id: 43, network: 'x', handle: 'liamobrien', name: 'Liam OBrien', bio: 'Buyer at Kerry Foods' },
  { id: 44, network: 'x', handle: 'liam_obrien', name: 'Liam O Brien', bio: 'Musician. Dublin.' },
  // Olivia Martin: same name, no facts either way.
  { id: 45, network: 'x', handle: 'oliviam', name: 'Olivia Martin', bio: '' },
  // Johannes / Hans: a nickname with the bio naming his employer.
  { id: 46, network: 'x', handle: 'hansbecker', name: 'Hans Becker', bio: 'Entwickler bei Siemens' },
  { id: 47, network: 'x', handle: 'johannesbecker', name: 'Johannes Becker', bio: 'Pfarrer in Köln' },
  // Ignacio / Nacho.
  { id: 48, network: 'x', handle: 'nachotorres', name: 'Nacho Torres', bio: 'Product designer @cabify' },
  { id: 49, network: 'x', handle: 'itorres', name: 'I. Torres', bio: 'Ingeniero en Repsol' },
  // Strangers with unrelated names.
  {
    id: 50,
    network: 'x',
    handle: 'acmelogistics',
    name: 'Acme Logistics',
    bio: 'Official account of Acme Logistics',
  },
  { id: 51, network: 'x', handle: 'brightwave', name: 'Brightwave', bio: 'Marketing that glows' },
  // Carmen Ortiz: same name, nothing in the bios; the city tells.
  {
    id: 52,
    network: 'x',
    handle: 'carmenortiz_foto',
    name: 'Carmen Ortiz',
    bio: 'Bodas y retratos',
    location: 'Sevilla',
  },
  {
    id: 53,
    network: 'x',
    handle: 'carmen_ortiz',
    name: 'Carmen Ortiz',
    bio: 'Profesora de historia',
    location: 'Lima, Perú',
  },
  // Pedro Santos: two software engineers, an ocean apart.
  {
    id: 54,
    network: 'x',
    handle: 'pedrosantos',
    name: 'Pedro Santos',
    bio: 'Software engineer. Coffee, cycling.',
    location: 'Lisboa, Portugal',
  },
  {
    id: 55,
    network: 'x',
    handle: 'pedro_santos_dev',
    name: 'Pedro Santos',
    bio: 'Software engineer and dad',
    location: 'Rio de Janeiro, Brasil',
  },
  // Zoë Ålund: accents on both name and city, folded.
  {
    id: 56,
    network: 'bluesky',
    handle: 'zoealund.bsky.social',
    name: 'Zoe Alund',
    bio: '',
    location: 'Malmo',
  },
  // Another Olivia Martin, this one in another country.
  {
    id: 57,
    network: 'x',
    handle: 'oliviam_nyc',
    name: 'Olivia Martin',
    bio: 'Runner',
    location: 'New York, USA',
  },
];

/** Pairs worth asking about, with the truth: [contact key, account id, same person]. */
export const LABELS: [string, number, boolean][] = [
  ['jose', 1, true],
  ['jose', 2, false],
  ['jose', 3, true],
  ['jose', 50, false],
  ['katherine', 4, true],
  ['katherine', 5, false],
  ['katherine', 51, false],
  ['william', 6, true],
  ['william', 7, false],
  ['robert', 8, true],
  ['robert', 9, false],
  ['maria', 10, true],
  ['maria', 11, false],
  ['juergen', 12, true],
  ['juergen', 13, false],
  ['francois', 14, true],
  ['james', 15, true],
  ['james', 16, false],
  ['james', 17, false],
  ['james', 18, false],
  ['james', 19, false],
  ['ana', 20, true],
  ['ana', 21, false],
  ['elizabeth', 22, true],
  ['elizabeth', 23, false],
  ['francisco', 24, true],
  ['francisco', 25, false],
  ['daniel', 26, true],
  ['sarah', 27, false],
  ['sarah', 28, true],
  ['michael', 29, true],
  ['michael', 30, false],
  ['joao', 31, true],
  ['chris', 32, true],
  ['chris', 33, false],
  ['anne', 34, true],
  ['thomas', 35, false],
  ['thomas', 36, true],
  ['peggy', 37, true],
  ['li', 38, true],
  ['li', 39, false],
  ['emma', 40, true],
  ['pat', 41, true],
  ['pat', 42, false],
  ['liam', 43, true],
  ['liam', 44, false],
  ['olivia', 45, false],
  ['hans', 46, true],
  ['hans', 47, false],
  ['nacho', 48, true],
  ['nacho', 49, false],
  ['robert', 18, false],
  ['william', 16, false],
  ['james', 45, false],
  ['maria', 2, false],
  ['francisco', 11, false],
  ['thomas', 12, false],
  ['emma', 45, false],
  ['sarah', 15, false],
  ['pat', 24, false],
  ['daniel', 19, false],
  ['michael', 6, false],
  ['carmen', 52, true],
  ['carmen', 53, false],
  ['pedro', 54, true],
  ['pedro', 55, false],
  ['zoe', 56, true],
  ['olivia2', 57, false],
  ['olivia2', 45, false],
];
