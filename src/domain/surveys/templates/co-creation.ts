import { choice, t, type SurveyTemplate } from './survey-template.ts';

/** "What should we make next?": co-creation of new products with customers. */
export const coCreationTemplate: SurveyTemplate = {
  name: 'co-creation',
  title: t('Wat maken we hierna?', 'What should we make next?'),
  description: t('Laat klanten meedenken en kiezen wat u als volgende maakt.', 'Let customers think along and choose what you make next.'),
  definition: {
    title: t('Denk mee: wat maken we hierna?', 'Think along: what should we make next?'),
    description: t('We hebben een paar ideeën, maar we zijn vooral benieuwd naar de uwe!', 'We have a few ideas, but above all we are curious about yours!'),
    completedHtml: t('Dank u wel voor het meedenken! We laten weten wat we gaan maken.', 'Thank you for thinking along! We will let you know what we are going to make.'),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'ideas',
        elements: [
          {
            type: 'checkbox',
            name: 'favourites',
            title: t('Welke ideeën spreken u aan? (kies er maximaal drie)', 'Which ideas appeal to you? (choose up to three)'),
            isRequired: true,
            maxSelectedChoices: 3,
            choices: [
              choice('idea_a', 'Idee A', 'Idea A'),
              choice('idea_b', 'Idee B', 'Idea B'),
              choice('idea_c', 'Idee C', 'Idea C'),
              choice('idea_d', 'Idee D', 'Idea D'),
            ],
          },
          {
            type: 'rating',
            name: 'interest',
            title: t('Hoe groot is de kans dat u het nieuwe product koopt?', 'How likely are you to buy the new product?'),
            rateMin: 1,
            rateMax: 5,
            minRateDescription: t('Zeer klein', 'Very unlikely'),
            maxRateDescription: t('Zeer groot', 'Very likely'),
          },
          {
            type: 'dropdown',
            name: 'price',
            visibleIf: '{interest} >= 3',
            title: t('Wat zou u ervoor willen betalen?', 'What would you be willing to pay for it?'),
            choices: [choice('low', 'Minder dan € 5', 'Less than € 5'), choice('mid', '€ 5 tot € 10', '€ 5 to € 10'), choice('high', 'Meer dan € 10', 'More than € 10')],
          },
          { type: 'comment', name: 'own_idea', title: t('Heeft u zelf een idee? Vertel het ons!', 'Do you have an idea yourself? Tell us!') },
          { type: 'boolean', name: 'tester', title: t('Wilt u het als eerste proeven of testen?', 'Would you like to be the first to taste or test it?') },
          { type: 'text', inputType: 'email', name: 'email', visibleIf: '{tester} = true', title: t('Uw e-mailadres', 'Your e-mail address') },
        ],
      },
    ],
  },
};
