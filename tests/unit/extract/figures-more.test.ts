import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { one } from './helpers';
import { analyzeArticle } from '@/lib/extract/analyze';
import { extractFigures } from '@/lib/extract/figures';

/* Invented sentences in wire style, one per pattern: none of them comes from a fixture. */

const figures = (body: string) => one(body).article.figures;
const fig = (body: string, raw: string) => figures(body).find((f) => f.raw === raw);

describe('Indian numbering and other ways of writing a scale', () => {
  it('reads lakh and crore in sums of money and in counts', () => {
    expect(fig('The state approved a Rs 1,200 crore flood relief package.', 'Rs 1,200 crore')).toMatchObject({ value: 1.2e10, unit: 'rupees' });
    expect(fig('The new metro line will cost ₹8,400 crore.', '₹8,400 crore')?.value).toBe(8.4e10);
    expect(fig('The board has 2.6 lakh registered students this year.', '2.6 lakh')).toMatchObject({ value: 260000, unit: 'students' });
    expect(fig('About 1.2 crore voters are on the rolls.', '1.2 crore')).toMatchObject({ value: 1.2e7, unit: 'voters' });
  });

  it('reads no figure in a name: "the Group of Seven", "the Big Four"', () => {
    expect(figures('Ministers from the Group of Seven discussed currency markets on Friday.')).toEqual([]);
    expect(figures('Auditors at the Big Four firms face new rules.')).toEqual([]);
    expect(fig('Seven ministers attended the talks.', 'Seven')).toMatchObject({ value: 7, unit: 'ministers' });
  });

  it('reads a scale word joined by a hyphen: "$180-million"', () => {
    expect(fig('The province set aside a $180-million fund for rural clinics.', '$180-million')).toMatchObject({ value: 1.8e8, unit: 'US dollars' });
  });

  it('reads a small sum in words in a currency no weight shares, never "two pounds"', () => {
    expect(fig('Ten euros a ticket is what the club charges.', 'Ten')).toMatchObject({ value: 10, unit: 'euros' });
    expect(figures('She bought two pounds of apples.').map((f) => f.unit)).toEqual(['pounds']);
  });
});

describe('units written against the number', () => {
  it('reads "128GB", "5,000mAh", "110km/h" and "3 GHz"', () => {
    expect(fig('The tablet ships with 128GB of storage.', '128GB')).toMatchObject({ value: 128, unit: 'gigabytes' });
    expect(fig('It has a 5,000mAh battery.', '5,000mAh')).toMatchObject({ value: 5000, unit: 'mAh' });
    expect(fig('Winds reached 110km/h along the coast.', '110km/h')).toMatchObject({ value: 110, unit: 'km/h' });
    expect(fig('The chip runs at 3 GHz under load.', '3')).toMatchObject({ value: 3, unit: 'GHz' });
  });

  it('reads a decimal size joined to its noun: "a 6.1-inch screen"', () => {
    expect(fig('The phone has a 6.1-inch screen.', '6.1')).toMatchObject({ value: 6.1, unit: 'inches', about: 'inch screen' });
  });
});

describe('exchange rates', () => {
  it('reads "N per dollar" and a later level of it in the sentence, but not a number far from it', () => {
    const got = figures('The rupee weakened to 84.3 per dollar before recovering to 83.9 by the close, its 60th fall this year.');
    expect(got.map((f) => [f.raw, f.unit])).toEqual([['84.3', 'rupees per dollar'], ['83.9', 'rupees per dollar']]);
  });
});

describe('nouns written once for several numbers', () => {
  it('reads units whose plural is the singular and "head of cattle"', () => {
    expect(fig('Crews used 14 aircraft to water-bomb the ridge.', '14')).toMatchObject({ value: 14, unit: 'aircraft' });
    expect(fig('Farmers lost more than 800 head of cattle in the flood.', '800')).toMatchObject({ unit: 'head', qualifier: 'more than' });
    expect(figures('The two head coaches shook hands.').map((f) => f.raw)).toEqual([]);
  });

  it('reads "two of its seven members" and "Eight of her 15 advisers"', () => {
    expect(fig('The panel voted to hold, with two of its seven members opposed.', 'two')).toMatchObject({ value: 2, unit: 'members' });
    expect(fig('Eight of her 15 advisers resigned in protest.', 'Eight')).toMatchObject({ value: 8, unit: 'advisers' });
  });

  it('lends a count’s noun to the numbers compared with it in the same sentence', () => {
    const got = figures('The Greens fell to 31 seats, down from 48 at the last vote, while the Liberals won nine and independents took the remaining four.');
    expect(got.map((f) => [f.raw, f.unit])).toEqual([['31', 'seats'], ['48', 'seats'], ['nine', 'seats'], ['four', 'seats']]);
    expect(fig('The storm destroyed 22 homes and damaged 9 more.', '9')).toMatchObject({ value: 9, unit: 'homes' });
    expect(fig('About 900 people reached the shelter, and more than 300 slept there.', '300')).toMatchObject({ unit: 'people', about: 'people slept there' });
    expect(fig('The coalition won 90 seats, five more than the 85 needed.', '85')?.unit).toBe('seats');
  });

  it('does not lend it across money, to a year or to a number with its own noun', () => {
    expect(figures('Sales reached $3bn, up from 2.4 a year earlier.').map((f) => f.raw)).toEqual(['$3bn']);
    expect(figures('The league had 20 clubs, up from 2019.').map((f) => f.raw)).toEqual(['20']);
    expect(figures('The town has 12 schools, and more than 300 years ago it had none.').map((f) => f.raw)).toEqual(['12']);
  });

  it('reads people counted without the word: a death toll and people driven from their homes', () => {
    expect(fig('The fighting has killed thousands; aid groups put the toll at about 40,000.', '40,000')).toMatchObject({ unit: 'people', qualifier: 'about' });
    expect(fig('The war has driven more than 3 million from their homes.', '3 million')).toMatchObject({ value: 3e6, unit: 'people', qualifier: 'more than' });
    expect(figures('The bridge toll rose to 12 last year.')).toEqual([]);
  });

  it('reads the count named before "of whom"', () => {
    expect(fig('The register lists new voters, of whom there were nearly 4.2 lakh this year.', '4.2 lakh')).toMatchObject({ value: 420000, unit: 'voters', qualifier: 'about' });
  });
});

describe('durations stated as a length of time', () => {
  it('reads spans back or forward from now, "within", a record’s span and a possessive', () => {
    expect(fig('Prices have doubled over the past three years.', 'three')).toMatchObject({ value: 3, unit: 'years' });
    expect(fig('The agency will set its budget for the next four years.', 'four')?.unit).toBe('years');
    expect(fig('The ministry promised 500 new posts within two years.', 'two')?.unit).toBe('years');
    expect(fig('The index hit its highest level in 14 months on Friday.', '14')).toMatchObject({ value: 14, unit: 'months' });
    expect(fig('Staff must give seven days’ notice of a strike.', 'seven')).toMatchObject({ value: 7, unit: 'days', about: 'days’ notice of a strike' });
    expect(fig('The plan offers six years of free repairs.', 'six')?.unit).toBe('years');
    expect(fig('The volunteers rebuilt what they had built in five weeks.', 'five')?.unit).toBe('weeks');
  });

  it('leaves relative time alone: "in six months", "every two years", "the three weeks before"', () => {
    expect(figures('The talks resume in six months.')).toEqual([]);
    expect(figures('The bridge will be built in two years’ time.')).toEqual([]);
    expect(figures('The regulator reviews the cap every two years.')).toEqual([]);
    expect(figures('The two weeks before the vote were tense.')).toEqual([]);
  });
});

describe('figures of real news (issue #16, second round)', () => {
  const figs = (body: string) => extractFigures(analyzeArticle({ id: 'a', title: 'T', body, bodyStart: 0 })).map((f) => [f.value, f.unit, f.raw]);

  it('reads a noun several words after its number, through a name or an abbreviation', () => {
    expect(figs('We will invite more than 800 Afghan Special Immigrant Visa holders to board flights.')).toContainEqual([800, 'holders', '800']);
    expect(figs('Veterans from all four U.S. military branches took part.')).toContainEqual([4, 'branches', 'four']);
    expect(figs('The piece was republished by 11 other news outlets around the world.')).toContainEqual([11, 'outlets', '11']);
  });

  it('reads "one" and "half a" before a scale word', () => {
    expect(figs('We protect our one billion people from any threat.')).toContainEqual([1e9, 'people', 'one billion']);
    expect(figs('We see over half a billion dollars in trade.')).toContainEqual([5e8, 'dollars', 'half a billion']);
  });

  it('reads a range joined by "to", parts "of whom" and "out of", and durations by their preposition', () => {
    expect(figs('The target is to cut emissions 50 to 52 percent below 2005 levels.').map((f) => f[0])).toEqual([50, 52]);
    expect(figs('Police arrested 37 young traders, 30 of whom were gang members.')).toContainEqual([30, 'traders', '30']);
    expect(figs('This year, 19 out of the 59 competitors came from the veterans.')).toContainEqual([19, 'competitors', '19']);
    expect(figs('He met two of the country’s top leaders in Kyiv.')).toContainEqual([2, 'leaders', 'two']);
    expect(figs('During the ten years since 2013, the two of us have met often.')).toContainEqual([10, 'years', 'ten']);
    expect(figs('It’s been seven months.')).toContainEqual([7, 'months', 'seven']);
    expect(figs('This is your first meeting in 24 hours.')).toContainEqual([24, 'hours', '24']);
  });

  it('still leaves relative time and a pair of sources alone', () => {
    expect(figs('Two days later, the talks resumed.')).toEqual([]);
    expect(figs('Two people familiar with the matter said so.')).toEqual([]);
  });
});

describe('a group counted by its strength', () => {
  it('reads "a 25‑strong crew of engineers" (any hyphen) as 25 engineers, and "a 12-strong squad" as 12 members', () => {
    expect(fig('The council hired a 25‑strong crew of engineers last year.', '25')).toMatchObject({ value: 25, unit: 'engineers' });
    expect(fig('The coach named a 12-strong squad on Monday.', '12')).toMatchObject({ value: 12, unit: 'members' });
  });
});

describe('names between a number and its noun', () => {
  it('reads "51 Bank of England branches" as 51 branches, but no year before a name as a count', () => {
    expect(fig('The plan closes 51 Bank of England branches next year.', '51')).toMatchObject({ value: 51, unit: 'branches' });
    expect(fig('The 2022 United Nations climate talks ended late.', '2022')).toBeUndefined();
  });
});

describe('figures: fractions of a measure and named models', () => {
  const figs = (body: string) => extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.figures.map((f) => [f.value, f.unit]);

  it('reads "less than half a mile" as 0.5 miles (NASA, June 2019) and "half an hour" as 0.5 hours', () => {
    expect(figs('It placed the spacecraft 680 meters — less than half a mile — above the surface.')).toContainEqual([0.5, 'miles']);
    expect(figs('The meeting lasted half an hour.')).toEqual([[0.5, 'hours']]);
    expect(figs('He has a point.')).toEqual([]);
  });

  it('counts "31 Abrams tanks" in tanks, not in Abrams', () => {
    expect(figs('Ukraine received 31 Abrams tanks.')).toEqual([[31, 'tanks']]);
  });
});

describe('counts real news writes without a stated whole, and British percent', () => {
  it('reads a part of an uncounted whole: "20 of his relatives", "three of the suspects"', () => {
    expect(fig('The quake flattened the village, killing 20 of his relatives.', '20')).toMatchObject({ value: 20, unit: 'relatives' });
    expect(fig('Police said three of the suspects were arrested at the border.', 'three')).toMatchObject({ value: 3, unit: 'suspects' });
    // "two of the officials" is how prose says a pair, as "two officials" is; "one of the" is no count.
    expect(figures('Two of the officials said the talks would resume.')).toEqual([]);
    expect(figures('One of the most senior ministers resigned on Monday.')).toEqual([]);
  });

  it('reads "3pc" as three percent, as British papers write it', () => {
    expect(fig('The rival took 3pc of the vote and 3.7pc of ballots were spoiled.', '3')).toMatchObject({ value: 3, unit: 'percent' });
    expect(fig('The rival took 3pc of the vote and 3.7pc of ballots were spoiled.', '3.7')).toMatchObject({ value: 3.7, unit: 'percent' });
  });

  it('reads a length of time after "after": "toppled after twenty three years"', () => {
    expect(fig('The president was toppled after twenty three years in power.', 'twenty three')).toMatchObject({ value: 23, unit: 'years' });
    expect(figures('Two days after the vote, the talks resumed.')).toEqual([]);
  });

  it('never reads a fraction of a thing counted whole: a misspelt scale word leaves no "4.1 citizens"', () => {
    expect(figures('Turnout was high among the 4.1 millon registered citizens.').some((f) => f.value === 4.1)).toBe(false);
    expect(fig('The storm moved 2.5 miles inland.', '2.5')).toMatchObject({ value: 2.5, unit: 'miles' });
  });
});

describe('temperatures and half a percent', () => {
  it('reads a temperature with its sign: "2℃", "1.5℃", "40°C", "104 °F"', () => {
    const body = 'The aim is to keep warming "well below 2℃", and to strive to limit it to 1.5℃. Seville hit 40°C and Phoenix 104 °F.';
    expect(fig(body, '2℃')).toMatchObject({ value: 2, unit: 'degrees Celsius' });
    expect(fig(body, '1.5℃')).toMatchObject({ value: 1.5, unit: 'degrees Celsius' });
    expect(fig(body, '40°C')).toMatchObject({ value: 40, unit: 'degrees Celsius' });
    expect(figures(body).find((f) => f.value === 104)).toMatchObject({ unit: 'degrees Fahrenheit' });
  });

  it('reads "half a percent" as 0.5 percent', () => {
    expect(fig('Trade fell by half a percent early this year.', 'half a percent')).toMatchObject({ value: 0.5, unit: 'percent' });
  });
});
