import { valuedLexicon } from './lexicon';

/**
 * Units a measure can hold a part of ("2.5 miles", "1.5 hours"), each a span of the calendar or clock ("three
 * days", stated as a duration or as relative time) or another measure. Seconds time a race or a delay rather than
 * a stretch of days, so they are a measure here.
 */
export const MEASURE_UNIT_LEXICON = valuedLexicon<'span' | 'measure'>('units of measure', [
  {
    source: 'units',
    values: {
      percent: 'measure', 'per cent': 'measure', km: 'measure', kilometres: 'measure', kilometers: 'measure', miles: 'measure',
      metres: 'measure', meters: 'measure', millimetres: 'measure', millimeters: 'measure', centimetres: 'measure', centimeters: 'measure',
      mm: 'measure', cm: 'measure', feet: 'measure', inches: 'measure', celsius: 'measure', fahrenheit: 'measure', mph: 'measure', kph: 'measure',
      watts: 'measure', kilowatts: 'measure', megawatts: 'measure', gigawatts: 'measure', seconds: 'measure',
      minutes: 'span', hours: 'span', days: 'span', weeks: 'span', months: 'span', years: 'span', decades: 'span',
      tonnes: 'measure', tons: 'measure', acres: 'measure', hectares: 'measure', litres: 'measure', liters: 'measure', gallons: 'measure',
      barrels: 'measure', points: 'measure', degrees: 'measure', kilograms: 'measure', kilos: 'measure', pounds: 'measure', ounces: 'measure',
      grams: 'measure', knots: 'measure', goals: 'measure', runs: 'measure',
    },
  },
]);
