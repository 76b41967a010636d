import type { Reaction } from '../../shared/forum/forum-rooms';

/**
 * The demo network's forums, in the networks' own words (the seed documents: the Universal
 * Library Offers, the Children and Young People's Promise, community managed libraries'
 * volunteers and funding). People are the keys of demoPeople plus `demo`; `@key` in a post's
 * text becomes a mention of that person. Replies name the post they answer by its index in the
 * thread (0 = the first post).
 */

export type DemoPost = {
  by: string;
  text: string;
  replyTo?: number;
  /** Reaction → the people who reacted with it. */
  reactions?: Partial<Record<Reaction, string[]>>;
};

export type DemoThread = {
  title: string;
  posts: DemoPost[];
  pinned?: boolean;
  locked?: { by: string; reason: string };
  /** People who have read the whole thread already (the rest see it as unread). */
  readBy?: string[];
};

export type DemoCategory = {
  name: string;
  nameCy: string | null;
  description: string;
  descriptionCy: string | null;
  threads: DemoThread[];
};

/** Forums by the demo space's English name (server/demo/spaces.ts). */
export const demoForums: Record<string, DemoCategory[]> = {
  'Reading Offer network': [
    {
      name: 'Universal Library Offers',
      nameCy: 'Cynigion Llyfrgell Cyffredinol',
      description:
        'Reading, Health and Wellbeing, Information and Digital, Culture and Creativity: what is working where.',
      descriptionCy:
        'Darllen, Iechyd a Lles, Gwybodaeth a Digidol, Diwylliant a Chreadigrwydd: beth sy’n gweithio, a ble.',
      threads: [
        {
          title: 'Welcome: how we use this forum',
          pinned: true,
          readBy: ['demo', 'alys', 'sam', 'priya'],
          posts: [
            {
              by: 'alys',
              text: 'Croeso – welcome. This forum is for heads of service and reading leads to share what works for the Universal Reading Offer.\n\nPost in English or Welsh, mention a colleague with @ to bring them in, and turn a good thread into a best-practice document when it is ready.',
              reactions: { 'thumbs-up': ['sam', 'priya', 'demo'], heart: ['priya'] },
            },
          ],
        },
        {
          title: 'Summer Reading Challenge: reaching children who did not finish last year',
          readBy: ['alys'],
          posts: [
            {
              by: 'sam',
              text: 'Our completion rate dipped in the east of the city last summer. We are trying reading buddies from the youth engagement network in four branches. Has anyone tried something similar?',
            },
            {
              by: 'priya',
              replyTo: 0,
              text: 'We paired the challenge with holiday activity and food sessions in Kent, so children were already in the building. Completion went up by a fifth in those branches. @sam I can share the evaluation.',
              reactions: { 'thumbs-up': ['sam', 'alys'], tada: ['demo'] },
            },
            {
              by: 'alys',
              text: 'In Gwynedd the bilingual reading lists mattered more than we expected: families told us they felt the challenge was meant for them. @demo could you add this to the good practice document?',
            },
            {
              by: 'sam',
              replyTo: 1,
              text: 'Yes please, Priya. The food sessions are a good idea: our councils run holiday activities and we have never joined the two up.',
            },
          ],
        },
        {
          title: 'Health and Wellbeing Offer: Reading Well books on prescription',
          posts: [
            {
              by: 'priya',
              text: 'Our GP surgeries have started referring people to the Reading Well collections again. How are others keeping the stock current when budgets are tight?',
            },
            {
              by: 'demo',
              replyTo: 0,
              text: 'We rotate the collections between branches every quarter, so each branch has the full list at some point of the year.',
              reactions: { thinking: ['priya'] },
            },
          ],
        },
      ],
    },
    {
      name: 'Funding bids',
      nameCy: 'Ceisiadau am gyllid',
      description: 'Bids in progress, what funders asked, and what won.',
      descriptionCy: 'Ceisiadau ar y gweill, beth ofynnodd cyllidwyr, a beth lwyddodd.',
      threads: [
        {
          title: 'Arts Council England project grants: Culture and Creativity Offer',
          posts: [
            {
              by: 'alys',
              text: 'We are bidding to commission local artists for a programme in six branches. Funders asked how libraries reach people who do not use other cultural venues: our visitor figures answered that well.',
            },
            {
              by: 'sam',
              replyTo: 0,
              text: 'Include the reach across income brackets and ages: libraries get more visits than any other cultural service, and the panel liked seeing it in numbers.',
              reactions: { 'thumbs-up': ['alys'] },
            },
          ],
        },
        {
          title: 'Digital inclusion bid: the deadline has passed',
          locked: { by: 'alys', reason: 'The deadline has passed; the outcome will be posted in a new thread.' },
          readBy: ['demo', 'alys', 'sam', 'priya'],
          posts: [
            {
              by: 'sam',
              text: 'Sharing our draft for the Information and Digital Offer bid before Friday’s deadline.',
            },
            {
              by: 'priya',
              replyTo: 0,
              text: 'Thank you, Sam: the section on digital skills sessions is clear and strong.',
            },
          ],
        },
      ],
    },
  ],
  "Children and Young People's Promise working group": [
    {
      name: 'The Promise in our regions',
      nameCy: 'Yr Addewid yn ein rhanbarthau',
      description: 'How each regional committee is putting the Children and Young People’s Promise into practice.',
      descriptionCy: null,
      threads: [
        {
          title: 'Amplifying young people’s voices: youth panels',
          posts: [
            {
              by: 'sam',
              text: 'Our youth panel now chooses part of the teen stock and reviews our events. @alys how did you set up the panel in Gwynedd?',
            },
            {
              by: 'alys',
              replyTo: 0,
              text: 'Through the schools library service: each secondary school nominated two pupils, and we meet in a branch after school once a term.',
              reactions: { heart: ['sam'] },
            },
          ],
        },
      ],
    },
  ],
  'Community managed libraries peer network': [
    {
      name: 'Volunteers',
      nameCy: 'Gwirfoddolwyr',
      description: 'Recruiting, inducting and keeping volunteers.',
      descriptionCy: 'Recriwtio, cynefino a chadw gwirfoddolwyr.',
      threads: [
        {
          title: 'Recruiting volunteers for Saturday opening',
          posts: [
            {
              by: 'priya',
              text: 'We can open on Saturdays only if we find four more volunteers. What has worked for recruiting younger volunteers?',
            },
            {
              by: 'sam',
              replyTo: 0,
              text: 'Duke of Edinburgh volunteering placements brought us six teenagers last year, and two stayed on after their placement ended.',
              reactions: { tada: ['priya'] },
            },
          ],
        },
      ],
    },
    {
      name: 'Funding and fundraising',
      nameCy: null,
      description: 'Grants, local fundraising and working with the local authority.',
      descriptionCy: null,
      threads: [
        {
          title: 'Grants for community managed libraries',
          posts: [
            {
              by: 'priya',
              text: 'A list of the grants our members have won this year, with what the funders wanted to see. Add yours below.',
            },
          ],
        },
      ],
    },
  ],
};
