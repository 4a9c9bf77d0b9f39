import { choice, t, type SurveyTemplate } from './survey-template.ts';

/** Housing-preferences research (woonwensenonderzoek): household, current home and the home people want. */
export const housingPreferencesTemplate: SurveyTemplate = {
  name: 'housing-preferences',
  title: t('Woonwensenonderzoek', 'Housing preferences research'),
  description: t('Wie zijn de toekomstige bewoners, hoe wonen zij nu en wat zoeken zij?', 'Who are the future residents, how do they live now and what are they looking for?'),
  definition: {
    title: t('Uw woonwensen', 'Your housing preferences'),
    description: t(
      'Help ons bouwen wat er echt nodig is. De vragenlijst duurt ongeveer vijf minuten; uw antwoorden blijven anoniem.',
      'Help us build what is really needed. The questionnaire takes about five minutes; your answers stay anonymous.',
    ),
    completedHtml: t('Hartelijk dank! Uw woonwensen nemen we mee in de plannen.', 'Thank you very much! We will take your housing preferences into account in our plans.'),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'household',
        title: t('Uw huishouden', 'Your household'),
        elements: [
          {
            type: 'radiogroup',
            name: 'household',
            title: t('Hoe ziet uw huishouden eruit?', 'What does your household look like?'),
            isRequired: true,
            choices: [
              choice('single', 'Alleenstaand', 'Single'),
              choice('couple', 'Samenwonend zonder kinderen', 'Couple without children'),
              choice('family', 'Gezin met thuiswonende kinderen', 'Family with children at home'),
              choice('single_parent', 'Eenoudergezin', 'Single-parent family'),
              choice('other', 'Anders', 'Other'),
            ],
          },
          {
            type: 'dropdown',
            name: 'age',
            title: t('Wat is uw leeftijd?', 'How old are you?'),
            isRequired: true,
            choices: [
              choice('u30', 'Jonger dan 30', 'Under 30'),
              choice('30-44', '30 tot 45', '30 to 44'),
              choice('45-64', '45 tot 65', '45 to 64'),
              choice('65+', '65 of ouder', '65 or older'),
            ],
          },
        ],
      },
      {
        name: 'current',
        title: t('Uw huidige woning', 'Your current home'),
        elements: [
          {
            type: 'radiogroup',
            name: 'current_home',
            title: t('In wat voor woning woont u nu?', 'What kind of home do you live in now?'),
            choices: [
              choice('rent_apartment', 'Huurappartement', 'Rented apartment'),
              choice('rent_house', 'Huurwoning (eengezins)', 'Rented house'),
              choice('own_apartment', 'Koopappartement', 'Owned apartment'),
              choice('own_house', 'Koopwoning (eengezins)', 'Owned house'),
              choice('with_parents', 'Inwonend bij ouders of anderen', 'Living with parents or others'),
            ],
          },
          {
            type: 'rating',
            name: 'current_satisfaction',
            title: t('Hoe tevreden bent u met uw huidige woning?', 'How satisfied are you with your current home?'),
            rateMin: 1,
            rateMax: 5,
          },
        ],
      },
      {
        name: 'wishes',
        title: t('Uw woonwensen', 'Your wishes'),
        elements: [
          {
            type: 'radiogroup',
            name: 'desired_type',
            title: t('Welk type woning zoekt u?', 'What type of home are you looking for?'),
            isRequired: true,
            choices: [
              choice('terraced', 'Rijtjeshuis', 'Terraced house'),
              choice('semi_detached', 'Twee-onder-een-kapwoning', 'Semi-detached house'),
              choice('apartment', 'Appartement', 'Apartment'),
              choice('ground_floor', 'Benedenwoning / gelijkvloers', 'Ground-floor home'),
              choice('detached', 'Vrijstaande woning', 'Detached house'),
            ],
          },
          {
            type: 'dropdown',
            name: 'price_range',
            title: t('Welke prijsklasse past bij u (koopprijs)?', 'Which price range suits you (purchase price)?'),
            choices: [
              choice('u250', 'Tot € 250.000', 'Up to € 250,000'),
              choice('250-350', '€ 250.000 – € 350.000', '€ 250,000 – € 350,000'),
              choice('350-450', '€ 350.000 – € 450.000', '€ 350,000 – € 450,000'),
              choice('450+', 'Meer dan € 450.000', 'More than € 450,000'),
              choice('rent', 'Ik wil huren', 'I want to rent'),
            ],
          },
          { type: 'boolean', name: 'garden', title: t('Wilt u een tuin?', 'Do you want a garden?') },
          { type: 'boolean', name: 'ground_floor', title: t('Moet alles gelijkvloers zijn (zonder trap)?', 'Must everything be on one level (no stairs)?') },
          {
            type: 'checkbox',
            name: 'location',
            title: t('Wat is belangrijk aan de plek? (meerdere antwoorden mogelijk)', 'What matters about the location? (choose all that apply)'),
            choices: [
              choice('centre', 'Dicht bij het centrum', 'Close to the centre'),
              choice('shops', 'Winkels op loopafstand', 'Shops within walking distance'),
              choice('schools', 'Scholen en kinderopvang dichtbij', 'Schools and childcare nearby'),
              choice('green', 'Groen en rust', 'Greenery and quiet'),
              choice('transport', 'Goed openbaar vervoer', 'Good public transport'),
              choice('care', 'Zorg en huisarts dichtbij', 'Care and GP nearby'),
            ],
          },
          {
            type: 'matrix',
            name: 'importance',
            title: t('Hoe belangrijk vindt u ...', 'How important to you is ...'),
            columns: [choice(1, 'Onbelangrijk', 'Unimportant'), choice(2, 'Neutraal', 'Neutral'), choice(3, 'Belangrijk', 'Important')],
            rows: [choice('parking', 'Parkeren bij de woning', 'Parking at the home'), choice('energy', 'Energiezuinig wonen', 'Energy-efficient living'), choice('space', 'Veel ruimte binnen', 'Lots of space inside')],
          },
          { type: 'comment', name: 'remarks', title: t('Wilt u nog iets toelichten?', 'Anything you would like to add?') },
        ],
      },
    ],
  },
};
