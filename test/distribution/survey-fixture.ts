import type { ExportQuestion } from '../../src/domain/responses/export-columns.ts';

/** A bakery survey with one question of each kind the export handles, as listQuestions describes them. */
export const bakeryQuestions: ExportQuestion[] = [
  { name: 'nps', type: 'nps', title: { nl: 'Hoe waarschijnlijk raadt u ons aan?', en: 'How likely are you to recommend us?' } },
  {
    name: 'visit',
    type: 'single',
    title: { nl: 'Hoe vaak komt u?', en: 'How often do you visit?' },
    choices: [
      { value: 'weekly', text: { nl: 'Wekelijks', en: 'Weekly' } },
      { value: 'monthly', text: { nl: 'Maandelijks', en: 'Monthly' } },
    ],
  },
  {
    name: 'bought',
    type: 'multi',
    title: { nl: 'Wat koopt u?', en: 'What do you buy?' },
    choices: [
      { value: 'bread', text: { nl: 'Brood', en: 'Bread' } },
      { value: 'cake', text: { nl: 'Taart', en: 'Cake' } },
      { value: 'coffee', text: { nl: 'Koffie', en: 'Coffee' } },
    ],
  },
  {
    name: 'quality',
    type: 'matrix',
    title: { nl: 'Beoordeel', en: 'Rate' },
    rows: [
      { value: 'taste', text: { nl: 'Smaak', en: 'Taste' } },
      { value: 'price', text: { nl: 'Prijs', en: 'Price' } },
    ],
    columns: [
      { value: 1, text: { nl: 'Slecht', en: 'Poor' } },
      { value: 2, text: { nl: 'Goed', en: 'Good' } },
    ],
  },
  {
    name: 'priorities',
    type: 'ranking',
    title: { nl: 'Wat is het belangrijkst?', en: 'What matters most?' },
    choices: [
      { value: 'fresh', text: { nl: 'Vers', en: 'Fresh' } },
      { value: 'cheap', text: { nl: 'Goedkoop', en: 'Cheap' } },
      { value: 'near', text: { nl: 'Dichtbij', en: 'Nearby' } },
    ],
  },
  { name: 'delivery', type: 'boolean', title: { nl: 'Wilt u bezorging?', en: 'Do you want delivery?' } },
  { name: 'stars', type: 'rating', title: { nl: 'Sterren', en: 'Stars' }, rateMin: 1, rateMax: 5 },
  { name: 'contact', type: 'email', title: { nl: 'E-mail', en: 'E-mail' } },
  { name: 'remarks', type: 'comment', title: { nl: 'Opmerkingen', en: 'Remarks' } },
];

/** The same survey as SurveyJS JSON (nl/en texts), for tests that store a survey version. */
export const bakeryDefinition = {
  title: { default: 'Bakkerij', nl: 'Bakkerij', en: 'Bakery' },
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, title: { nl: 'Hoe waarschijnlijk raadt u ons aan?', en: 'How likely are you to recommend us?' } },
        {
          type: 'radiogroup',
          name: 'visit',
          title: { nl: 'Hoe vaak komt u?', en: 'How often do you visit?' },
          choices: [
            { value: 'weekly', text: { nl: 'Wekelijks', en: 'Weekly' } },
            { value: 'monthly', text: { nl: 'Maandelijks', en: 'Monthly' } },
          ],
        },
        {
          type: 'checkbox',
          name: 'bought',
          title: { nl: 'Wat koopt u?', en: 'What do you buy?' },
          choices: [
            { value: 'bread', text: { nl: 'Brood', en: 'Bread' } },
            { value: 'cake', text: { nl: 'Taart', en: 'Cake' } },
            { value: 'coffee', text: { nl: 'Koffie', en: 'Coffee' } },
          ],
        },
      ],
    },
    {
      name: 'p2',
      elements: [
        { type: 'boolean', name: 'delivery', title: { nl: 'Wilt u bezorging?', en: 'Do you want delivery?' } },
        { type: 'comment', name: 'remarks', title: { nl: 'Opmerkingen', en: 'Remarks' } },
      ],
    },
  ],
};
