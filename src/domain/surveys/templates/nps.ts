import { choice, t, type SurveyTemplate } from './survey-template.ts';

/** Net Promoter Score with a "why?" follow-up whose wording depends on the score. */
export const npsTemplate: SurveyTemplate = {
  name: 'nps',
  title: t('Aanbevelingsscore (NPS)', 'Net Promoter Score (NPS)'),
  description: t('Hoe waarschijnlijk is het dat klanten u aanbevelen, en waarom?', 'How likely are customers to recommend you, and why?'),
  definition: {
    title: t('Wat vindt u van ons?', 'What do you think of us?'),
    description: t('Twee korte vragen; het duurt nog geen minuut. Dank u wel dat u meedenkt!', 'Two short questions; it takes less than a minute. Thank you for helping us!'),
    completedHtml: t('Hartelijk dank voor uw antwoorden! We lezen alles en gebruiken het om beter te worden.', 'Thank you very much for your answers! We read everything and use it to improve.'),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'score',
        elements: [
          {
            type: 'rating',
            name: 'nps',
            title: t('Hoe waarschijnlijk is het dat u ons aanbeveelt bij vrienden, familie of collega\'s?', 'How likely are you to recommend us to a friend, family member or colleague?'),
            isRequired: true,
            rateMin: 0,
            rateMax: 10,
            minRateDescription: t('Zeer onwaarschijnlijk', 'Very unlikely'),
            maxRateDescription: t('Zeer waarschijnlijk', 'Very likely'),
          },
          {
            type: 'comment',
            name: 'why_low',
            visibleIf: '{nps} <= 6',
            title: t('Jammer om te horen. Wat is de belangrijkste reden voor uw score?', 'Sorry to hear that. What is the main reason for your score?'),
          },
          {
            type: 'comment',
            name: 'why_mid',
            visibleIf: '{nps} >= 7 and {nps} <= 8',
            title: t('Wat zouden we kunnen verbeteren om een 9 of 10 te verdienen?', 'What could we improve to earn a 9 or 10?'),
          },
          {
            type: 'comment',
            name: 'why_high',
            visibleIf: '{nps} >= 9',
            title: t('Fijn! Wat waardeert u het meest aan ons?', 'Great! What do you value most about us?'),
          },
        ],
      },
      {
        name: 'about',
        elements: [
          {
            type: 'radiogroup',
            name: 'frequency',
            title: t('Hoe vaak bent u klant bij ons?', 'How often are you our customer?'),
            choices: [
              choice('weekly', 'Elke week', 'Every week'),
              choice('monthly', 'Een paar keer per maand', 'A few times a month'),
              choice('sometimes', 'Af en toe', 'Now and then'),
              choice('first', 'Dit was de eerste keer', 'This was the first time'),
            ],
          },
          {
            type: 'boolean',
            name: 'contact_ok',
            title: t('Mogen we contact met u opnemen over uw antwoord?', 'May we contact you about your answer?'),
          },
          {
            type: 'text',
            inputType: 'email',
            name: 'email',
            visibleIf: '{contact_ok} = true',
            title: t('Op welk e-mailadres?', 'At which e-mail address?'),
          },
        ],
      },
    ],
  },
};
