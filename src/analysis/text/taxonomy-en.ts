/**
 * English vocabulary of the built-in taxonomy, written by hand from everyday customer language
 * (British and American spelling, chat shorthand, contractions split by normalisation: "didn't" →
 * "didn t"). Terms are over normalised text; see taxonomy.ts for the syntax. Not derived from any
 * labelled data set.
 */
import type { BuiltinThemeId, ThemeVocabulary } from './taxonomy.ts';

const NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|few)';

export const EN_TAXONOMY: Record<BuiltinThemeId, ThemeVocabulary> = {
  price: {
    strong: [
      'price', 'prices', 'priced', 'pricing', 'pricey', 'overpriced', 'underpriced', 'expensive', 'inexpensive',
      'cheap', 'cheaper', 'cheapest', 'affordable', 'unaffordable', 'afford', 'cost', 'costs', 'costly', 'costing',
      'discount*', 'bargain', 'rip off', 'ripoff', 'ripped off', 'euro', 'euros', 'eur', 'dollar', 'dollars',
      'quid', 'fee', 'fees', 'surcharge', 'charge', 'charged', 'charges', 'charging', 'overcharged', 'value for money',
      'worth the money', 'worth every', 'money', 'bulk discount', 'bulk price*', 'tariff', 'rates', 'hourly rate', 'upsell*', 'loyalty',
      'voucher*', 'coupon*', 'promo', 'promo code', 'sale', 'deal', 'deals', 'price list', 'quote', 'quoted',
    ],
    medium: [
      'pay', 'paid', 'paying', 'free', 'budget', 'fair', 'reasonable', 'reasonably', 'steep', 'fortune',
      'bill', 'invoice', 'vat', 'tax', 'points', 'went up', 'increase', 'increased', 'hike', 'worth', 'value',
      'spend', 'spent', 'savings', 'save', 'saved', 'labour', 'labor', 'shipping costs', 'delivery fee',
    ],
    weak: ['amazon', 'compared', 'competitor*', 'elsewhere', 'per piece', 'each'],
    patterns: [
      { re: '\\b\\d+ ?(?:euro|euros|eur|dollar|dollars|quid|pounds|bucks)\\b|\\b(?:euro|dollar) \\d+', weight: 3 },
      { re: '\\b(?:too|very|quite|so|bit|really|rather) (?:expensive|pricey|steep|cheap)', weight: 3 },
      { re: '\\bnot (?:cheap|expensive|worth)\\b', weight: 3 },
      { re: '\\b(?:free|cheap) (?:shipping|delivery|returns)', weight: 2 },
      { re: '\\d+ ?(?:%|percent)\\b|\\b\\d+ off\\b', weight: 3 },
      { re: '\\bfor (?:the|that) (?:price|money)', weight: 3 },
    ],
  },
  delivery: {
    strong: [
      'deliver*', 'shipping', 'shipped', 'ship', 'ships', 'dispatch*', 'courier*', 'parcel*', 'package', 'packages',
      'tracking', 'track and trace', 'postnl', 'dhl', 'dpd', 'ups', 'fedex', 'gls', 'royal mail', 'postman',
      'delay', 'delayed', 'delays', 'lead time', 'turnaround', 'waiting time', 'wait time', 'waiting list',
      'waitlist', 'arrived', 'arrive', 'arrives', 'arrival', 'on time', 'returns', 'return label', 'returned',
      'completion', 'handover', 'hand over', 'schedule', 'scheduled', 'doorstep', 'next day', 'same day',
      'pick up', 'picked up', 'pickup', 'drop off', 'dropped off', 'collect', 'collection', 'shipment',
    ],
    medium: [
      'driver', 'late', 'later', 'early', 'days', 'weeks', 'months', 'wait', 'waited', 'waiting', 'queue',
      'queued', 'line', 'took', 'took ages', 'ages', 'fast', 'quick', 'quickly', 'slow', 'slowly', 'lost',
      'packaging', 'packed', 'box', 'neighbour*', 'neighbor*', 'transit', 'received', 'came', 'finally came',
      'express', 'return', 'refund', 'estimated', 'expected', 'timeline', 'ahead', 'behind', 'set up',
    ],
    weak: ['order', 'ordered', 'week', 'day', 'tomorrow', 'yesterday', 'today', 'still'],
    patterns: [
      { re: `\\b(?:after|took|taking|within|in|only|over|for) ${NUM} (?:business |working |whole |full )?(?:days|day|weeks|week|months|hours)`, weight: 3 },
      { re: '\\b(?:still|never) (?:not )?(?:arrived|received|delivered|here|came|showed up|shown up)', weight: 4 },
      { re: '\\b(?:hasn t|haven t|didn t|never|has not|have not|did not) (?:yet )?(?:arrive|arrived|come|came|been delivered|receive|received)', weight: 4 },
      { re: '\\b(?:arrived|came|delivered|shipped) (?:\\w+ )?(?:late|early|quickly|fast|on time|next day|the next day|damaged|broken)', weight: 3 },
      { re: '\\b(?:had to|have to|made us|made me) wait', weight: 3 },
      { re: '\\blong (?:wait|waits|queue|line)', weight: 4 },
    ],
  },
  staff_friendliness: {
    strong: [
      'staff', 'employee*', 'salesperson', 'sales assistant', 'shop assistant', 'assistant', 'cashier*', 'clerk',
      'waiter', 'waitress', 'receptionist', 'friendly', 'unfriendly', 'friendliest', 'polite', 'impolite',
      'rude', 'rudely', 'rudest', 'helpful', 'unhelpful', 'patient', 'impatient', 'attentive', 'courteous',
      'welcoming', 'welcomed', 'smile', 'smiled', 'smiling', 'smiles', 'cheerful', 'arrogant', 'condescending',
      'dismissive', 'snapped', 'snappy', 'grumpy', 'ignored', 'professional', 'unprofessional', 'knowledgeable',
      'above and beyond', 'took the time', 'attitude', 'manners', 'personnel', 'team member*', 'lovely people',
      'kind', 'kindness', 'sweet', 'warm', 'hospitable', 'hostile', 'patronising', 'patronizing',
    ],
    medium: [
      'owner', 'manager', 'guy', 'guys', 'lady', 'ladies', 'girl', 'woman', 'man', 'host', 'hosts', 'attendant',
      'mechanic', 'technician', 'agent', 'advisor', 'adviser', 'consultant', 'team', 'crew', 'people', 'person',
      'served', 'serving', 'greeted', 'treated', 'helped', 'advice', 'advised', 'lovely', 'nice', 'laughed',
      'laughing', 'chat', 'chatty', 'service', 'customer service', 'guests', 'attention',
    ],
    weak: ['help', 'they', 'she', 'he'],
    patterns: [
      { re: '\\b(?:was|were|so|very|super|really|incredibly|extremely) (?:friendly|rude|helpful|kind|patient|polite|lovely|nice)', weight: 3 },
      { re: '\\bmade (?:me|us) feel (?:welcome|stupid|small|unwelcome|like)', weight: 4 },
      { re: '\\b(?:didn t|did not|never) (?:even )?(?:greet|say hello|look up|acknowledge)', weight: 4 },
    ],
  },
  product_quality: {
    strong: [
      'quality', 'well made', 'badly made', 'poorly made', 'cheaply made', 'broken', 'broke', 'breaks', 'faulty',
      'defect*', 'cracked', 'crack', 'torn', 'ripped', 'leak', 'leaks', 'leaking', 'leaky', 'rust', 'rusty',
      'rusted', 'worn', 'wore out', 'faded', 'fades', 'shrunk', 'shrank', 'shrinks', 'pilling', 'pills', 'seam*',
      'stitching', 'fabric', 'material', 'materials', 'sturdy', 'solid', 'durable', 'flimsy', 'fragile', 'fresh',
      'stale', 'soggy', 'taste', 'tastes', 'tasted', 'tasty', 'tasteless', 'delicious', 'flavour*', 'flavor*',
      'bland', 'burnt', 'crust', 'dense', 'fluffy', 'moist', 'chewy', 'out of this world', 'best i ve had', 'best ever', 'undercooked', 'malfunction*', 'repair*', 'fixed', 'fix', 'blurry', 'blurred',
      'craftsmanship', 'workmanship', 'build quality', 'fell apart', 'falling apart', 'junk', 'rubbish',
      'garbage', 'crap', 'insulation', 'thin walls', 'mould', 'mold', 'damp', 'dent', 'dented', 'scratched',
      'scratch*', 'comfortable', 'uncomfortable', 'fits', 'fit', 'fitting',
    ],
    medium: [
      'works', 'worked', 'working', 'work', 'stopped', 'problem', 'issue', 'issues', 'jammed', 'jams',
      'error', 'product', 'products', 'photos', 'prints', 'printer', 'print', 'colour', 'color', 'thin', 'thick',
      'soft', 'dry', 'crispy', 'crunchy', 'sour', 'finish', 'finishing', 'made', 'lasts', 'lasted', 'last',
      'described', 'pictured', 'advertised', 'as expected', 'beautiful', 'gorgeous', 'ugly', 'lamp', 'walls',
      'car', 'brakes', 'engine', 'clutch', 'dress', 'shirt', 'bread', 'cake', 'result', 'job', 'sizing',
      'smaller', 'bigger', 'looks', 'looked', 'performance', 'reliable', 'unreliable',
    ],
    weak: ['good', 'great', 'excellent', 'perfect', 'terrible', 'awful', 'bad', 'poor', 'amazing', 'happy', 'disappointed'],
    patterns: [
      { re: '\\b(?:doesn t|didn t|does not|did not|don t|won t|wouldn t|stopped|never) (?:even )?work', weight: 4 },
      { re: `\\bafter ${NUM} (?:washes|wash|uses|use|wears|days|weeks|months)`, weight: 3 },
      { re: '\\b(?:exactly|just) (?:as|like) (?:described|pictured|advertised|in the (?:photos|pictures))', weight: 4 },
      { re: '\\b(?:runs|ran|fits|fit) (?:small|large|big|true to size)', weight: 4 },
      { re: '\\b(?:fixed|sorted|solved) (?:it|the problem|the issue)', weight: 3 },
    ],
  },
  opening_hours: {
    strong: [
      'opening hours', 'opening times', 'open', 'opens', 'closed', 'closes', 'closing', 'closing time', 'shut', 'business hours', 'reachable', 'unreachable', 'availability', '24 7', 'lunch break',
      'bank holiday*', 'public holiday*', 'late night', 'late opening', 'evening hours', 'by appointment',
    ],
    medium: [
      'hours', 'saturday*', 'sunday*', 'monday*', 'tuesday*', 'wednesday*', 'thursday*', 'friday*', 'weekend*',
      'evening*', 'morning*', 'afternoon*', 'available', 'holiday*', 'appointment*', 'time off', 'off work',
      'after work', 'before work', 'working hours', 'full time', 'show home', 'showroom', 'locked',
    ],
    weak: ['visit', 'come by', 'drop by', 'pop in', 'o clock'],
    patterns: [
      { re: '\\b(?:until|till|til|from|after|before|at|by) \\d{1,2}(?: \\d\\d)? ?(?:am|pm|o clock|h)?\\b', weight: 2 },
      { re: '\\b\\d{1,2}(?: \\d\\d)? ?(?:am|pm)\\b', weight: 2 },
      { re: '\\b(?:from )?\\d{1,2}(?: \\d\\d)? (?:to|till|until|\\-) \\d{1,2}(?: \\d\\d)?\\b', weight: 2 },
      { re: '\\b(?:already|still|always|only) (?:open|closed|shut)', weight: 3 },
      { re: '\\b(?:closed|locked|shut) (?:door|doors|shop|store)', weight: 4 },
      { re: '\\b(?:open|closed) (?:on|at|during|over|all|every|late|early|till|until)', weight: 3 },
    ],
  },
  website_usability: {
    strong: [
      'website*', 'site', 'webshop', 'web shop', 'online store', 'online shop', 'app', 'login', 'log in', 'logged',
      'sign in', 'signed', 'password', 'account', 'portal', 'product page', 'search bar', 'search function',
      'filter*', 'click*', 'button', 'form', 'forms', 'checkout', 'check out', 'cart', 'basket', 'payment page',
      'error message', 'crash*', 'bug', 'bugs', 'buggy', 'glitch*', 'pop up', 'pop ups', 'popup*', 'cookie*',
      'navigation', 'navigate', 'user friendly', 'intuitive', 'clunky', 'interface', 'layout', 'online',
      'booking system', 'booking form', 'online booking', 'book online', 'size chart', 'size guide', 'url',
      'link', 'links', 'paypal', 'ideal', 'klarna', 'credit card', 'payment method*', 'loading', 'loads', 'screen',
      'mobile', 'desktop', 'browser', 'menu', 'dropdown', 'drop down',
    ],
    medium: [
      'page', 'pages', 'search', 'searching', 'find', 'found', 'confusing', 'easy to use', 'booked', 'booking',
      'book', 'ordering', 'ordered online', 'slow', 'error', 'translation', 'english version', 'dutch version',
      'description*', 'pictures', 'photos', 'upload*', 'download*', 'documents', 'system', 'accept', 'field',
      'card', 'payment', 'pay', 'newsletter', 'digital', 'phone', 'tried',
    ],
    weak: ['order', 'ordered', 'see', 'easy'],
    patterns: [
      { re: '\\b(?:on|via|through) (?:the|your|their) (?:site|website|webshop|app|portal)', weight: 3 },
      { re: '\\b(?:couldn t|could not|can t|cannot|unable to) (?:log in|login|sign in|check out|checkout|pay|book|order|find)', weight: 4 },
      { re: '\\bin (?:a few|two|three|\\d+) clicks', weight: 4 },
      { re: '\\b(?:order|book|pay|buy|booked|ordered|bought) online', weight: 3 },
    ],
  },
  assortment_wishes: {
    strong: [
      'range', 'selection', 'choice', 'choices', 'options', 'variety', 'collection', 'assortment', 'vegan',
      'vegetarian', 'gluten free', 'gluten', 'dairy free', 'sugar free', 'lactose free', 'organic', 'halal',
      'kosher', 'plant based', 'sold out', 'out of stock', 'in stock', 'restock*', 'bring back', 'discontinued',
      'plus size', 'bigger sizes', 'larger sizes', 'smaller sizes', 'more sizes', 'petite', 'expand', 'stock',
    ],
    medium: [
      'wish', 'would love', 'would be nice', 'would be great', 'please add', 'missing', 'lacking', 'limited',
      'sell', 'sells', 'selling', 'carry', 'stocked', 'new', 'finally', 'now also', 'sizes', 'colours', 'colors',
      'models', 'flavours', 'flavors', 'props', 'accessories', 'packages', 'theme', 'themed', 'seasonal',
      'special*', 'alternative*', 'option', 'offer', 'offering', 'types', 'kinds', 'anywhere else', 'diabetics',
      'allergies', 'mix', 'wider', 'apartments', 'houses',
    ],
    weak: ['also', 'more', 'add', 'should', 'hope', 'hoped', 'idea'],
    patterns: [
      { re: '\\b(?:more|bigger|wider|better|larger) (?:choice|choices|options|selection|variety|range|sizes|flavours|flavors|colours|colors|models)', weight: 4 },
      { re: '\\bno (?:\\w+ )?(?:free |friendly )?(?:options|option|choice|alternatives|alternative)', weight: 4 },
      { re: '\\b(?:do|could|would|can) you (?:also )?(?:sell|stock|carry|offer|make|add|bring)', weight: 4 },
      { re: '\\b(?:wish|hope) (?:you|they|there)', weight: 3 },
      { re: '\\b(?:don t|doesn t|do not|does not|no longer|stopped) (?:do|sell|stock|carry|offer|make|selling|making|stocking)\\b', weight: 3 },
      { re: '\\b(?:would|d) (?:love|like) (?:to see|more|some|a|an|if)', weight: 3 },
    ],
  },
  communication: {
    strong: [
      'communication', 'communicate', 'communicated', 'communicating', 'contact', 'contacted', 'reply', 'replied',
      'replies', 'respond', 'responded', 'response', 'responses', 'responsive', 'unresponsive', 'answer',
      'answered', 'answers', 'unanswered', 'call back', 'called back', 'callback', 'phoned', 'phone call', 'called',
      'email', 'emails', 'emailed', 'e mail', 'mailed', 'message', 'messages', 'messaged', 'whatsapp', 'texted',
      'text message', 'sms', 'newsletter', 'update', 'updates', 'updated', 'informed', 'inform', 'notified',
      'notification*', 'explained', 'explanation', 'instagram', 'insta', 'facebook', 'social media', 'dm', 'dms',
      'ghosted', 'follow up', 'followed up', 'follow ups', 'heard back', 'hear back', 'get back', 'got back',
      'confirmation', 'confirmed', 'reminder*', 'kept us posted', 'kept me posted', 'in the loop',
    ],
    medium: [
      'phone', 'call', 'calls', 'mail', 'heard', 'hear', 'clear', 'unclear', 'transparent', 'info', 'information',
      'chat', 'silence', 'let me know', 'let us know', 'told', 'tell', 'asked', 'asking', 'question', 'questions',
      'customer service', 'support', 'automated', 'auto reply', 'progress', 'news', 'announced', 'announce',
    ],
    weak: ['promised', 'said', 'know'],
    patterns: [
      { re: '\\b(?:no|never got a|never got any|without any|without a|zero|not a single) (?:reply|response|answer|word|update|explanation|call|email|message|feedback)', weight: 5 },
      { re: '\\bnever (?:heard|got|received) (?:back|anything|a reply|an answer|a response)', weight: 5 },
      { re: '\\b(?:nobody|no one|noone|nobody ever) (?:told|informed|called|let|warned|mentioned|explained)', weight: 5 },
      { re: '\\b(?:twice|three times|\\d+ times|several times|multiple times|again and again)\\b', weight: 1 },
      { re: '\\b(?:emailed|called|messaged|phoned|rang|mailed) (?:them |you |the shop )?(?:twice|three times|\\d+ times|several times|multiple times|again)', weight: 4 },
      { re: '\\b(?:promised|said they would|were going to|would) (?:call|email|get back|let (?:me|us) know|contact)', weight: 4 },
      { re: '\\b(?:quick|fast|clear|prompt|slow|no) (?:reply|replies|response|responses|answer|answers|communication)', weight: 4 },
    ],
  },
  cleanliness_ambience: {
    strong: [
      'clean', 'cleaner', 'cleanliness', 'dirty', 'filthy', 'messy', 'tidy', 'untidy', 'hygiene', 'hygienic',
      'unhygienic', 'smell', 'smells', 'smelly', 'stink*', 'toilet*', 'bathroom*', 'restroom*', 'dusty', 'sticky',
      'atmosphere', 'ambience', 'ambiance', 'vibe', 'vibes', 'cosy', 'cozy', 'decor', 'interior', 'spotless',
    ],
    medium: ['music', 'noisy', 'loud', 'crowded', 'lighting', 'cold', 'terrace', 'crumbs', 'stains'],
    weak: ['shop', 'store', 'place', 'room'],
    patterns: [{ re: '\\b(?:rubbish|litter|dirt) (?:everywhere|on the floor)', weight: 3 }],
  },
  complaints_handling: {
    strong: [
      'complaint', 'complaints', 'complain', 'complained', 'complaining', 'refund', 'refunded', 'refunds',
      'compensation', 'compensate*', 'apolog*', 'warranty', 'guarantee', 'credit note', 'store credit',
      'ombudsman', 'escalat*', 'goodwill', 'runaround', 'run around',
    ],
    medium: ['sorry', 'resolved', 'resolution', 'solution', 'sorted it out', 'sorted out', 'replacement', 'replaced', 'taken seriously', 'handled', 'money back'],
    weak: ['fixed', 'problem'],
    patterns: [{ re: '\\b(?:not|never) taken seriously', weight: 3 }],
  },
};
