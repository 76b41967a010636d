import type { Block } from '../content/blocks';

/**
 * Demo documents in the networks' own words (from the seed documents the product started from). The title
 * is the page's heading, so the content does not start with it again.
 */
export const demoDocuments: Array<{ title: string; blocks: Block[] }> = [
  {
    title: 'Universal Library Offers: sharing good practice',
    blocks: [
      {
        type: 'paragraph',
        content: [
          'Our Universal Library Offers cover the areas of service our stakeholders see as essential to a 21st century library service: ',
          { text: 'Culture & Creativity, Information & Digital, Health & Wellbeing, and Reading', bold: true },
          '.',
        ],
      },
      { type: 'heading', level: 2, text: 'What we are collecting' },
      {
        type: 'bullets',
        items: [
          'A short description of the activity',
          'Who it reached, and how you know',
          'What you would do differently next time',
        ],
      },
      { type: 'heading', level: 2, text: 'Next steps' },
      {
        type: 'numbers',
        items: [
          'Each region adds two examples',
          'The network reviews them at the next meeting',
          'We publish the collection for all members',
        ],
      },
      { type: 'quote', text: 'Libraries are at the heart of communities, reflecting and responding to local needs.' },
    ],
  },
  {
    title: "Children and Young People's Promise: regional action plan",
    blocks: [
      {
        type: 'paragraph',
        content: [
          'Our vision is that the imagination and aspirations of all children and young people can soar through exciting, vibrant and dynamic library services.',
        ],
      },
      { type: 'heading', level: 2, text: 'Actions for this year' },
      {
        type: 'checks',
        items: [
          'Agree the youth engagement plan with the regional committee',
          'Share the Summer Reading Challenge results',
          'Invite young people to co-design one programme',
        ],
      },
      { type: 'paragraph', content: ['Owner: ', { text: 'regional committee chair', italic: true }] },
    ],
  },
  {
    title: 'Community managed libraries: volunteer induction checklist',
    blocks: [
      {
        type: 'paragraph',
        content: [
          'We want libraries in community management to thrive: each at the heart of their community, run by their community.',
        ],
      },
      {
        type: 'checks',
        items: [
          'Welcome and tour of the library',
          'Safeguarding and health and safety briefing',
          'How to use the library management system',
          'Who to ask for help',
        ],
      },
      {
        type: 'paragraph',
        content: [
          'Peer support: ',
          { text: 'the community managed libraries peer network', link: 'https://librariesconnected.org.uk' },
        ],
      },
    ],
  },
];
