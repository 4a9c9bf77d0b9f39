import { choice, t, type SurveyTemplate } from './survey-template.ts';

/** Customer-needs research: what customers come for, what matters, what is missing. */
export const customerNeedsTemplate: SurveyTemplate = {
  name: 'customer-needs',
  title: t('Klantbehoeften', 'Customer needs'),
  description: t('Ontdek waarvoor klanten komen, wat zij belangrijk vinden en wat zij missen.', 'Find out what customers come for, what matters to them and what they miss.'),
  definition: {
    title: t('Wat heeft u nodig?', 'What do you need?'),
    description: t('We willen beter begrijpen wat u belangrijk vindt. Er zijn geen goede of foute antwoorden.', 'We want to understand better what matters to you. There are no right or wrong answers.'),
    completedHtml: t('Bedankt voor uw tijd! Met uw antwoorden bepalen we waar we mee verder gaan.', 'Thanks for your time! Your answers help us decide what to work on next.'),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'needs',
        elements: [
          {
            type: 'checkbox',
            name: 'reasons',
            title: t('Waarvoor komt u meestal bij ons? (meerdere antwoorden mogelijk)', 'What do you usually come to us for? (choose all that apply)'),
            isRequired: true,
            showOtherItem: true,
            otherText: t('Iets anders, namelijk', 'Something else, namely'),
            choices: [
              choice('daily', 'Dagelijkse boodschappen', 'Daily groceries'),
              choice('treat', 'Iets lekkers voor mezelf', 'A treat for myself'),
              choice('occasion', 'Voor een speciale gelegenheid', 'For a special occasion'),
              choice('gift', 'Een cadeau', 'A gift'),
              choice('advice', 'Advies of informatie', 'Advice or information'),
            ],
          },
          {
            type: 'ranking',
            name: 'priorities',
            title: t('Zet deze punten in volgorde van belang (belangrijkste bovenaan)', 'Put these in order of importance (most important at the top)'),
            choices: [
              choice('price', 'Lage prijs', 'Low price'),
              choice('quality', 'Kwaliteit', 'Quality'),
              choice('service', 'Persoonlijke service', 'Personal service'),
              choice('speed', 'Snel geholpen worden', 'Being served quickly'),
              choice('sustainable', 'Duurzaamheid', 'Sustainability'),
            ],
          },
          {
            type: 'rating',
            name: 'fit',
            title: t('Hoe goed past ons aanbod bij wat u nodig heeft?', 'How well does our offer fit what you need?'),
            rateMin: 1,
            rateMax: 7,
            minRateDescription: t('Helemaal niet', 'Not at all'),
            maxRateDescription: t('Perfect', 'Perfectly'),
          },
          { type: 'comment', name: 'missing', title: t('Wat mist u nu bij ons?', 'What do you miss with us now?') },
        ],
      },
      {
        name: 'profile',
        elements: [
          {
            type: 'dropdown',
            name: 'age',
            title: t('Wat is uw leeftijd?', 'How old are you?'),
            choices: [
              choice('u25', 'Jonger dan 25', 'Under 25'),
              choice('25-39', '25 tot 40', '25 to 39'),
              choice('40-54', '40 tot 55', '40 to 54'),
              choice('55-69', '55 tot 70', '55 to 69'),
              choice('70+', '70 of ouder', '70 or older'),
            ],
          },
          {
            type: 'text',
            inputType: 'number',
            name: 'visits_per_month',
            title: t('Hoe vaak per maand komt u ongeveer bij ons?', 'About how many times a month do you visit us?'),
            min: 0,
            max: 100,
          },
        ],
      },
    ],
  },
};
