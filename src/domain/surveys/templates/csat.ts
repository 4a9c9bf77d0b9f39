import { choice, t, type SurveyTemplate } from './survey-template.ts';

const agree = [
  choice(1, 'Helemaal mee oneens', 'Strongly disagree'),
  choice(2, 'Mee oneens', 'Disagree'),
  choice(3, 'Neutraal', 'Neutral'),
  choice(4, 'Mee eens', 'Agree'),
  choice(5, 'Helemaal mee eens', 'Strongly agree'),
];

/** Customer satisfaction (CSAT) on a five-point scale, with the aspects behind it. */
export const csatTemplate: SurveyTemplate = {
  name: 'csat',
  title: t('Klanttevredenheid (CSAT)', 'Customer satisfaction (CSAT)'),
  description: t('Hoe tevreden zijn klanten over hun laatste bezoek of aankoop, en over welke onderdelen?', 'How satisfied are customers with their last visit or purchase, and with which parts?'),
  definition: {
    title: t('Hoe tevreden bent u?', 'How satisfied are you?'),
    description: t('We horen graag hoe uw laatste bezoek was. Dit kost ongeveer twee minuten.', 'We would love to hear how your last visit went. This takes about two minutes.'),
    completedHtml: t('Dank u wel! Uw antwoorden helpen ons elke dag een beetje beter te worden.', 'Thank you! Your answers help us get a little better every day.'),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'overall',
        elements: [
          {
            type: 'rating',
            name: 'csat',
            title: t('Hoe tevreden bent u over uw laatste bezoek?', 'How satisfied are you with your last visit?'),
            isRequired: true,
            rateMin: 1,
            rateMax: 5,
            minRateDescription: t('Zeer ontevreden', 'Very dissatisfied'),
            maxRateDescription: t('Zeer tevreden', 'Very satisfied'),
          },
          {
            type: 'matrix',
            name: 'aspects',
            title: t('In hoeverre bent u het eens met deze uitspraken?', 'How far do you agree with these statements?'),
            columns: agree,
            rows: [
              choice('quality', 'De kwaliteit van de producten is goed', 'The quality of the products is good'),
              choice('staff', 'Het personeel is vriendelijk en behulpzaam', 'The staff are friendly and helpful'),
              choice('speed', 'Ik hoefde niet lang te wachten', 'I did not have to wait long'),
              choice('price', 'De prijs is redelijk voor wat ik krijg', 'The price is fair for what I get'),
            ],
          },
          {
            type: 'comment',
            name: 'improve',
            visibleIf: '{csat} <= 3',
            title: t('Wat had er beter gekund?', 'What could have been better?'),
          },
        ],
      },
      {
        name: 'visit',
        elements: [
          {
            type: 'dropdown',
            name: 'channel',
            title: t('Hoe heeft u bij ons gekocht?', 'How did you buy from us?'),
            choices: [choice('shop', 'In de winkel', 'In the shop'), choice('web', 'Online besteld', 'Ordered online'), choice('phone', 'Telefonisch', 'By phone')],
          },
          { type: 'comment', name: 'remarks', title: t('Wilt u nog iets kwijt?', 'Anything else you would like to tell us?') },
        ],
      },
    ],
  },
};
