import type { Role } from '../../shared/spaces/permissions';

/** The demo network's people and spaces, in the networks' own words (from the seed documents). */

export const demoPeople = [
  {
    key: 'alys',
    email: 'alys@gwynedd.example',
    name: 'Alys Pritchard',
    service: 'Gwynedd Libraries',
    region: 'Wales',
    serverAdmin: true,
  },
  {
    key: 'sam',
    email: 'sam@leeds.example',
    name: 'Sam Okafor',
    service: 'Leeds Libraries',
    region: 'Yorkshire',
    serverAdmin: false,
  },
  {
    key: 'priya',
    email: 'priya@kent.example',
    name: 'Priya Shah',
    service: 'Kent Libraries',
    region: 'South East',
    serverAdmin: false,
  },
];

type DemoSpace = {
  details: { name: string; description: string; nameCy: string | null; descriptionCy: string | null };
  createdBy: string;
  /** `demo` is the account the app signs in with: it holds a different role in each space. */
  roles: Record<string, Role>;
  documents: string[];
  archived?: boolean;
};

export const demoSpaces: DemoSpace[] = [
  {
    details: {
      name: 'Reading Offer network',
      description: 'Heads of service and reading leads sharing what works for the Universal Reading Offer.',
      nameCy: 'Rhwydwaith y Cynnig Darllen',
      descriptionCy:
        'Penaethiaid gwasanaeth ac arweinwyr darllen yn rhannu’r hyn sy’n gweithio i’r Cynnig Darllen Cyffredinol.',
    },
    createdBy: 'alys',
    roles: { demo: 'admin', alys: 'admin', sam: 'moderator', priya: 'member' },
    documents: ['Universal Library Offers: sharing good practice'],
  },
  {
    details: {
      name: "Children and Young People's Promise working group",
      description: 'Children’s library leaders planning the Promise with their regional committees.',
      nameCy: 'Gweithgor Addewid Plant a Phobl Ifanc',
      descriptionCy: null,
    },
    createdBy: 'sam',
    roles: { sam: 'admin', demo: 'member', alys: 'member' },
    documents: ["Children and Young People's Promise: regional action plan"],
  },
  {
    details: {
      name: 'Community managed libraries peer network',
      description: 'Trustees, staff and volunteers of community managed libraries supporting each other.',
      nameCy: null,
      descriptionCy: null,
    },
    createdBy: 'priya',
    roles: { priya: 'admin', demo: 'observer', sam: 'member' },
    documents: ['Community managed libraries: volunteer induction checklist'],
  },
  {
    details: {
      name: 'Strategic plan 2023–2027 consultation',
      description: 'Responses to the draft strategic plan. Closed, kept for reference.',
      nameCy: null,
      descriptionCy: null,
    },
    createdBy: 'alys',
    roles: { alys: 'admin', demo: 'member' },
    documents: [],
    archived: true,
  },
];
